/**
 * What the methodology suggests for a district by its depression level
 * (policy_measures.md, section 5). The dissertation does not attach measures to
 * levels: this is an editorial reading of its recommendations and is always
 * shown with {@link POLICY_CAPTION}.
 */
import type { Language } from "../language";

/** Emphasis per depression band: very high/high (levels 5-4), medium (3), low/lowest (2-1). */
export interface PolicyEmphasis {
  stabilise: string;
  attractInvestment: string;
  innovationLed: string;
}

export const POLICY_EMPHASIS: Record<Language, PolicyEmphasis> = {
  en: {
    stabilise:
      "Stabilise first: social anti-crisis package, formal depressed status, priority financing and preferences, a management company and an individual time-limited programme, basic infrastructure, retraining and relocation help; innovation is not the near-term growth driver.",
    attractInvestment:
      "Raise investment attractiveness: tax and credit incentives, guarantees, public–private partnership and concession projects, small-business programmes, sector roles of the region, aligning education and skills.",
    innovationLed:
      "Innovation-led development: innovation-support infrastructure, clusters, technology transfer, university–industry R&D links, commercialisation, growth points; in Oskemen and Semey also special economic zones, industrial zones and technology parks.",
  },
  ru: {
    stabilise:
      "Сначала стабилизация: социальный антикризисный пакет, официальный статус депрессивного района, приоритетное финансирование и преференции, управляющая компания и индивидуальная программа на ограниченный срок, базовая инфраструктура, переобучение и помощь в переезде; инновации не станут ближайшим фактором роста.",
    attractInvestment:
      "Повышение инвестиционной привлекательности: налоговые и кредитные стимулы, гарантии, государственно-частное партнёрство и концессии, программы для малого бизнеса, отраслевые роли региона, согласование образования и кадров.",
    innovationLed:
      "Развитие на основе инноваций: инфраструктура поддержки инноваций, кластеры, трансфер технологий, связи вузов и производства в НИОКР, коммерциализация, точки роста; в Усть-Каменогорске и Семее также СЭЗ, индустриальные зоны и технопарки.",
  },
  kk: {
    stabilise:
      "Алдымен тұрақтандыру: әлеуметтік дағдарысқа қарсы шаралар, депрессивті аудан мәртебесі, басым қаржыландыру мен преференциялар, басқарушы компания және мерзімі шектеулі жеке бағдарлама, негізгі инфрақұрылым, қайта даярлау және көшуге көмек; инновация жақын арада өсудің негізгі факторы болмайды.",
    attractInvestment:
      "Инвестициялық тартымдылықты арттыру: салықтық және несиелік ынталандыру, кепілдіктер, мемлекеттік-жекешелік әріптестік пен концессиялар, шағын бизнес бағдарламалары, өңірдің салалық рөлдері, білім мен кадрларды үйлестіру.",
    innovationLed:
      "Инновацияға негізделген даму: инновацияны қолдау инфрақұрылымы, кластерлер, технологиялар трансфері, ЖОО мен өндірістің ҒЗТКЖ байланыстары, коммерцияландыру, өсу нүктелері; Өскемен мен Семейде сондай-ақ АЭА, индустриялық аймақтар және технопарктер.",
  },
};

/** The caption every display of the emphasis carries. */
export const POLICY_CAPTION: Record<Language, string> = {
  en: "Suggested reading of the methodology (not stated per level in the dissertation)",
  ru: "Предлагаемое прочтение методики (в диссертации по уровням не указано)",
  kk: "Әдістеменің ұсынылатын оқылуы (диссертацияда деңгейлер бойынша көрсетілмеген)",
};

/**
 * The emphasis for depression level `level` of `k` (1 = lowest depression). A
 * level is placed on the five-level scale by its position, (level − 1)/(k − 1),
 * so that k = 3 gives lowest/medium/very high.
 *
 * @example policyForLevel(5, 5, "en") // "Stabilise first: …"
 */
export function policyForLevel(level: number, k: number, language: Language): string {
  const onFive = k <= 1 ? 3 : Math.round(((level - 1) * 4) / (k - 1)) + 1;
  const emphasis = POLICY_EMPHASIS[language];
  if (onFive >= 4) return emphasis.stabilise;
  if (onFive === 3) return emphasis.attractInvestment;
  return emphasis.innovationLed;
}

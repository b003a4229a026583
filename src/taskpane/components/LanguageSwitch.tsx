import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../../i18n/language";
import type { LanguageSwitchProps } from "../types";

/** Each language named in itself, so that a user who cannot read the current one finds theirs. */
const ENDONYMS: Record<Language, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

/** The pane's language switch; starts at Office's display language. */
export function LanguageSwitch({ strings, language, onChange }: LanguageSwitchProps): React.JSX.Element {
  return (
    <Field label={strings.ui.language} orientation="horizontal" size="small">
      <Select
        size="small"
        value={language}
        onChange={(_, data) => onChange(data.value as Language)}
        data-testid="language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {ENDONYMS[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The colours of Office's current theme (Office.context.officeTheme), all "#RRGGBB". */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (WCAG), 0 = black … 1 = white; null when not a colour. */
function luminance(color: string | undefined): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (!match) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The Fluent theme that follows Office's theme: the dark web theme when Office's
 * body background is dark (Dark Gray, Black), else the light one, with the body
 * colours taken over so that the pane blends into Office's chrome. Without Office
 * (the browser preview, tests) the light theme.
 *
 * @example fluentTheme({ bodyBackgroundColor: "#262626" }) === webDarkTheme // false, a dark copy with that background
 */
export function fluentTheme(office?: OfficeThemeColors | null): Theme {
  const background = luminance(office?.bodyBackgroundColor);
  if (!office || background === null) return webLightTheme;
  const base = background < 0.2 ? webDarkTheme : webLightTheme;
  const foreground = luminance(office.bodyForegroundColor);
  return {
    ...base,
    colorNeutralBackground1: office.bodyBackgroundColor as string,
    ...(foreground !== null && Math.abs(foreground - background) > 0.4
      ? { colorNeutralForeground1: office.bodyForegroundColor as string }
      : {}),
  };
}

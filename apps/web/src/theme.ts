import { createTheme, CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

// Plain, high-contrast, in the spirit of the Korean government design system (KRDS): one blue, dark text, visible focus.
// Status colours darkened from index 6 up so outline buttons, alerts and text on white pass WCAG AA (4.5:1).
const red: MantineColorsTuple = [
  '#fff5f5',
  '#ffe3e3',
  '#ffc9c9',
  '#ffa8a8',
  '#ff8787',
  '#e35d5d',
  '#c92a2a',
  '#b02525',
  '#9a2020',
  '#861c1c',
];
const green: MantineColorsTuple = [
  '#ebfbee',
  '#d3f9d8',
  '#b2f2bb',
  '#8ce99a',
  '#69db7c',
  '#2f9e44',
  '#1e7b34',
  '#19692c',
  '#145724',
  '#10461d',
];
const yellow: MantineColorsTuple = [
  '#fff9db',
  '#fff3bf',
  '#ffec99',
  '#ffe066',
  '#ffd43b',
  '#c98a00',
  '#8a5a00',
  '#774d00',
  '#643f00',
  '#523300',
];
const krdsBlue: MantineColorsTuple = [
  '#eef4fe',
  '#d8e6fd',
  '#b1cdfb',
  '#85b0f8',
  '#5a93f5',
  '#256ef4',
  '#0b50d0',
  '#083891',
  '#062a6e',
  '#041d4d',
];

export const theme = createTheme({
  // Those who ask their device for less motion get none: dialogs, menus and notices appear without animation.
  respectReducedMotion: true,
  primaryColor: 'krds',
  primaryShade: 6,
  colors: { krds: krdsBlue, red, green, yellow },
  fontFamily: "'Pretendard Variable', Pretendard, -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif",
  headings: { fontFamily: "'Pretendard Variable', Pretendard, sans-serif", fontWeight: '700' },
  defaultRadius: 'sm',
  focusRing: 'always',
  black: '#1e2124',
});

/** Darker "dimmed" text than Mantine's default so secondary text passes WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#464c53', '--mantine-color-placeholder': '#6d7882' },
  dark: {},
});

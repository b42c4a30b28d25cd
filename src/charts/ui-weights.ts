// The weights of Source Sans 3 the figures draw their labels in: the label-width table
// (ui-font-metrics.ts) counts each character at the wider of them.
export const UI_WEIGHTS = [400, 600] as const;

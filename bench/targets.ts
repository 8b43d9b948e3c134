/** The issue-7 targets, filled in as sections run and printed together at the end. */
export interface TargetResult {
  target: string;
  measured: string;
  met: boolean | undefined;
}

export const targets: TargetResult[] = [];

export function record(target: string, measured: string, met: boolean | undefined): void {
  targets.push({ target, measured, met });
}

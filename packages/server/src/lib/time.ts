/** An instant as ISO 8601 with the +08:00 offset (Asia/Shanghai has no DST), e.g. 2026-10-13T23:59:59.999+08:00. */
export function isoShanghai(d: Date): string {
  return `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00`;
}

export function isoOrNull(d: Date | null | undefined): string | null {
  return d ? isoShanghai(d) : null;
}

/** The recent workspaces the dialog offers: every remembered folder but the one open now. */
export function otherRecentWorkspaces(recent: readonly string[], current: string): string[] {
  return recent.filter((folder) => folder !== current);
}

/** The last part of a folder path, which is what tells workspaces apart. */
export function folderName(folder: string): string {
  const parts = folder.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? folder;
}

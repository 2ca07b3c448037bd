// What a paragraph of a mixed part speaks of: the years behind ('经济实力跃上新台阶', '实现脱贫') or ahead.
// 显着 is how 顯著 comes back from a Taiwan copy.
const LOOKS_BACK = /过去|五年来|以来|取得|实现了|完成了|迈上|迈出|跃上|跃升|显[著着]|举世瞩目|圆满|胜利|历史性|累计|顺利实现|全面建成|如期/g;
const LOOKS_AHEAD = /要|将|到20\d\d年|目标|力争|确保|坚持|加快|推动|着力|预期|必须|今后/g;

/** True when a paragraph of a part that is both review and plan reports the past rather than plans the future. */
export function paragraphLooksBack(text: string): boolean {
  const back = text.match(LOOKS_BACK)?.length ?? 0;
  const ahead = text.match(LOOKS_AHEAD)?.length ?? 0;
  return back > ahead;
}

/**
 * The other spots a name may take when its usual ones are taken (place-label-layer.ts tries them in
 * order): offsets of its anchor, in pixels.
 */

/**
 * Where the name of an area may slide when its centre is taken (by a capital's name, say): a country's
 * by about half its width and a line or two, a province's (smaller) by a line up or down only.
 */
export function areaShifts(kind: string, width: number, height: number): [number, number][] {
  const up = 1.6 * height;
  if (kind === 'province')
    return [
      [0, -up],
      [0, up],
    ];
  const side = 0.6 * width;
  return [
    [0, -up],
    [0, up],
    [-side, 0],
    [side, 0],
    [-side, -up],
    [side, -up],
    [-side, up],
    [side, up],
  ];
}
/** A crowded city's name may move half or one line (`h`) off its usual spots, straight or aslant. */
export const nearShifts = (h: number): readonly (readonly [number, number])[] => [
  [0, h / 2],
  [0, -h / 2],
  [0, h],
  [0, -h],
  [-h, h],
  [h, h],
  [-h, -h],
  [h, -h],
];

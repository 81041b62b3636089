import * as model from '../../../model';
import type { CommandKit } from './commandKit';

/** Linked journeys (issue 21): a stage's or touchpoint's child map, one command each. */
export function linkApi(kit: CommandKit) {
  const { doc, run } = kit;
  return {
    /** Links the holder to `mapId`, or unlinks it (`null`). True when it was written. */
    linkChildMap: (ref: model.LinkHolderRef, mapId: string | null): boolean =>
      run(() => (model.linkChildMap(doc, ref, mapId), true)) === true,
  };
}

import { useEffect, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ALL_UNITS } from '../../../lib/filters/resolve-filters';
import { paths, unitPath } from '../../../lib/paths';

/**
 * On the Đơn vị screens the header's unit picker is a way to move between units. The path's unit is
 * what a unit page shows, so on arrival the URL's `unit=` is set to it (replacing the entry, so Back
 * is not trapped). Picking another unit in the header afterwards opens that unit's page; "Toàn huyện"
 * opens the list. On the list, arriving with a unit does nothing (the list shows every unit).
 *
 * `pageUnitId`: the unit of a unit page when it exists; null on the list or for an unknown id.
 */
export function useHeaderUnitNavigation(pageUnitId: string | null) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const unit = params.get('unit');
  const seen = useRef({ unit, page: pageUnitId });

  useEffect(() => {
    const before = seen.current;
    seen.current = { unit, page: pageUnitId };
    if (unit === pageUnitId) return;
    // Only a change of `unit=` on the same page is the header's doing; a new page is an arrival.
    const chosenInHeader = before.page === pageUnitId && before.unit !== unit && unit !== null;
    if (!chosenInHeader) {
      if (pageUnitId !== null) {
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            next.set('unit', pageUnitId);
            return next;
          },
          { replace: true },
        );
      }
      return;
    }
    if (pageUnitId === null && unit === ALL_UNITS) return;
    // Replaces the entry the header pushed, so Back returns to the page the user came from.
    const pathname = unit === ALL_UNITS ? paths.units : unitPath(unit);
    void navigate({ pathname, search: `?${params.toString()}` }, { replace: true });
  }, [unit, pageUnitId, params, setParams, navigate]);
}

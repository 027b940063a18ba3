import type { Action, ActionStatus } from '../../src/api/actions';
import type { DossierCounts } from '../../src/api/dossiers';
import type { CriterionResult, Finding, GoodPractice, Inspection } from '../../src/api/inspections';
import type { InspectionTemplate } from '../../src/api/inspection-template';
import { apologyFinding, findingTemplates, goodPracticeTemplates, lateDossiersFinding } from './findings-library';
import { addDays, addMonths, daysBetween, monthsBetween, pad2, vnInstant } from './months';
import { Rng } from './prng';
import { SECRETARIAT_USER_ID, teamInspector } from './users';

export interface InspectionPlanEntry {
  unitId: string;
  /** "xã" or "thị trấn", the word used in texts about the unit. */
  unitWord: string;
  /** e.g. "xã Hà Hồi" */
  unitLabel: string;
  plannedDate: string;
  status: 'planned' | 'in_progress' | 'finalised';
  teamId: string;
}

export interface InspectionContext {
  seed: number;
  asOf: string;
  /** The first month of the dataset (findings from the figures look back at most to it). */
  coverageFrom: string;
  template: InspectionTemplate;
  /** The unit's dossier totals over a period (the dataset's own summary query). */
  summary: (unitId: string, from: string, to: string) => DossierCounts;
}

const ON_TIME_THRESHOLD = 0.98;

/** Vietnamese number formats: 4.977 and 92,4 %. */
const fmtInt = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const fmtPct = (r: number) => `${(Math.floor(r * 1000) / 10).toFixed(1).replace('.', ',')} %`;
const fmtMonth = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const fill = (s: string, unitWord: string) => s.replaceAll('{unit}', unitWord);

/** Evidence the team notes for a criterion that passed (document references, no names). */
function evidenceFor(criterionId: string, year: number, rng: Rng): string[] {
  const n = rng.int(2, 60);
  switch (criterionId) {
    case 'a1-c1':
      return [`Kế hoạch số ${n}/KH-UBND ngày ${pad2(rng.int(10, 28))}/12/${year - 1} về CCHC năm ${year}`];
    case 'a1-c3':
      return [`Báo cáo CCHC quý ${rng.int(1, 3)}/${year}`];
    case 'a3-c1':
      return ['Ảnh chụp bảng niêm yết TTHC tại bộ phận một cửa'];
    case 'a6-c1':
      return [`Quyết định công bố công khai dự toán ngân sách năm ${year}`];
    default:
      return [];
  }
}

/** Thematic visits that look at a few areas only (the whole template is the usual scope). */
const THEMATIC_SCOPES: readonly (readonly number[])[] = [
  [3, 7], // procedures and e-government: the one-stop shop and online services
  [1, 3, 7],
  [1, 3, 4, 5], // procedures with the organisation and the civil service
  [3, 6], // procedures and public finance
];

/**
 * The areas in an inspection's scope. A finalised visit assessed the whole template (its checklist holds a result for
 * every criterion), a visit under way at least the areas it has assessed; about one planned visit in three, and one
 * in four under way, is thematic. Drawn from a stream of its own, so the rest of the seed is the same with or without it.
 */
function scopeFor(id: string, status: InspectionPlanEntry['status'], assessedAreas: readonly number[], seed: number): number[] {
  const all = [1, 2, 3, 4, 5, 6, 7];
  if (status === 'finalised') return all;
  const rng = Rng.derive(seed, `${id}-scope`);
  if (!rng.chance(status === 'planned' ? 0.35 : 0.25)) return all;
  const theme = rng.pick(THEMATIC_SCOPES);
  return all.filter((a) => theme.includes(a) || assessedAreas.includes(a));
}

interface ActionTimeline {
  status: ActionStatus;
  history: Action['history'];
}

/**
 * An action's story: created when the minutes are signed, started, fixed around its due date,
 * verified by the secretariat some weeks later; whatever lies after asOf has not happened yet, and a
 * few actions stall (those past their due date become overdue).
 */
function actionTimeline(created: string, createdDate: string, dueDate: string, asOf: string, inspector: string, rng: Rng): ActionTimeline {
  const history: Action['history'] = [{ at: created, by: inspector, from: null, to: 'not_started', note: 'Giao kiến nghị theo biên bản kiểm tra' }];
  const span = Math.max(10, daysBetween(createdDate, dueDate));
  const startDay = addDays(createdDate, rng.int(3, Math.min(25, span)));
  const fixedDay = addDays(createdDate, Math.max(daysBetween(createdDate, startDay) + 1, Math.round(span * rng.uniform(0.45, 1.25))));
  const verifiedDay = addDays(fixedDay, rng.int(7, 40));
  const recent = daysBetween(dueDate, asOf) < 180;
  const stall = rng.chance(recent ? 0.25 : 0.06);
  const stallAt: ActionStatus = rng.chance(0.6) ? 'in_progress' : 'not_started';
  const steps: [ActionStatus, string, string, string][] = [
    ['in_progress', startDay, inspector, 'Đơn vị báo cáo đang triển khai khắc phục'],
    ['fixed', fixedDay, inspector, 'Đơn vị báo cáo đã khắc phục, gửi kèm minh chứng'],
    ['verified', verifiedDay, SECRETARIAT_USER_ID, 'Văn phòng CCHC đã kiểm tra minh chứng, xác nhận hoàn thành'],
  ];
  let status: ActionStatus = 'not_started';
  for (const [to, day, by, note] of steps) {
    if (day > asOf) break;
    if (stall && (stallAt === 'not_started' || to !== 'in_progress')) break;
    history.push({ at: vnInstant(day, rng.int(8, 16), rng.pick([0, 15, 30, 45])), by, from: status, to, note });
    status = to;
  }
  return { status, history };
}

/**
 * Builds the seeded inspections and their actions from a plan. Findings about late dossiers and
 * missing apology letters come from the unit's own figures over the 12 months before the visit, so
 * the lagging communes are the ones the teams catch; the other findings are drawn from the library.
 */
export function generateInspections(plan: InspectionPlanEntry[], ctx: InspectionContext): { inspections: Inspection[]; actions: Action[] } {
  const { template, asOf } = ctx;
  const ordered = plan.slice().sort((a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.unitId.localeCompare(b.unitId));
  const seqByYear = new Map<number, number>();
  const inspections: Inspection[] = [];
  const actions: Action[] = [];

  for (const entry of ordered) {
    const year = Number(entry.plannedDate.slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const key = `${year}-${pad2(seq)}`;
    const id = `insp-${key}`;
    const rng = Rng.derive(ctx.seed, id);
    const inspector = teamInspector[entry.teamId] ?? SECRETARIAT_USER_ID;
    const word = entry.unitWord;

    const startDate = entry.status === 'planned' ? null : entry.plannedDate;
    const endDate = entry.status === 'finalised' ? addDays(entry.plannedDate, rng.chance(0.3) ? 1 : 0) : null;
    const createdDay = addDays(entry.plannedDate, -rng.int(14, 30));
    const createdAt = vnInstant(createdDay < asOf ? createdDay : asOf, 8, rng.pick([0, 15, 30]));

    // Findings drawn from the figures.
    const findings: (Finding & { criterionId: string; actions: { description: string; ownerName: string }[] })[] = [];
    const addFinding = (
      criterionId: string,
      title: string,
      description: string,
      severity: Finding['severity'],
      cause: string,
      acts: { description: string; ownerName: string }[],
    ) => {
      const areaId = Number(criterionId.slice(1, criterionId.indexOf('-')));
      // Every action text goes through `fill`, whichever template it came from.
      const actions = acts.map((a) => ({ description: fill(a.description, word), ownerName: fill(a.ownerName, word) }));
      findings.push({ id: `${id}-f${findings.length + 1}`, areaId, title, description, severity, cause, criterionId, actions });
    };

    const inspMonth = entry.plannedDate.slice(0, 7);
    const windowMonths = monthsBetween(ctx.coverageFrom, inspMonth).slice(-13, -1);
    const assessedAreas = entry.status === 'finalised' ? [1, 2, 3, 4, 5, 6, 7] : entry.status === 'in_progress' ? [1, 2, 3] : [];
    if (assessedAreas.includes(3) && windowMonths.length > 0) {
      const from = windowMonths[0] as string;
      const to = windowMonths[windowMonths.length - 1] as string;
      const s = ctx.summary(entry.unitId, from, to);
      const resolved = s.resolvedEarly + s.resolvedOnTime + s.resolvedLate;
      const onTime = resolved > 0 ? (s.resolvedEarly + s.resolvedOnTime) / resolved : 1;
      if (resolved > 0 && onTime < ON_TIME_THRESHOLD) {
        addFinding(
          lateDossiersFinding.criterionId,
          lateDossiersFinding.title,
          `Từ ${fmtMonth(from)} đến ${fmtMonth(to)}, UBND ${entry.unitLabel} giải quyết ${fmtInt(resolved)} hồ sơ, trong đó ${fmtInt(s.resolvedLate)} hồ sơ quá hạn; tỷ lệ giải quyết đúng hạn đạt ${fmtPct(onTime)}, thấp hơn yêu cầu 98 %. Đến cuối kỳ còn ${fmtInt(s.pendingOverdue)} hồ sơ đang giải quyết quá hạn.`,
          onTime < 0.95 ? 'high' : 'medium',
          rng.pick(lateDossiersFinding.causes),
          lateDossiersFinding.actions.slice(0, onTime < 0.95 ? 2 : 1),
        );
      }
      // Each late dossier should have had a letter: those resolved late in the window, plus those
      // overdue at its end, less those already overdue (and lettered) before it.
      const before = monthsBetween(ctx.coverageFrom, from).slice(-2, -1)[0];
      const overdueBefore = before ? ctx.summary(entry.unitId, before, before).pendingOverdue : 0;
      const expectedLetters = s.resolvedLate + s.pendingOverdue - overdueBefore;
      if (s.apologyLetters < expectedLetters) {
        addFinding(
          apologyFinding.criterionId,
          apologyFinding.title,
          `Từ ${fmtMonth(from)} đến ${fmtMonth(to)}, ${fmtInt(expectedLetters)} hồ sơ trễ hạn nhưng chỉ ${fmtInt(s.apologyLetters)} phiếu xin lỗi và hẹn lại ngày trả kết quả được phát hành.`,
          'medium',
          rng.pick(apologyFinding.causes),
          apologyFinding.actions,
        );
      }
    }

    // Findings drawn from the library, up to 2–5 in all (2 so far for a visit still in progress).
    if (assessedAreas.length > 0) {
      const target = entry.status === 'in_progress' ? 2 : Math.max(findings.length + (findings.length >= 2 ? 1 : 0), rng.int(2, 5));
      const pool = rng.shuffle(
        findingTemplates.filter((t) => (t.fromYear ?? 0) <= year && assessedAreas.includes(Number(t.criterionId.slice(1, 2)))),
      );
      for (const t of pool) {
        if (findings.length >= Math.min(6, target)) break;
        addFinding(
          t.criterionId,
          t.title,
          fill(t.description, word),
          t.severity,
          rng.pick(t.causes),
          t.actions.slice(0, rng.chance(0.3) ? 2 : 1),
        );
      }
    }
    const failed = new Map(findings.map((f) => [f.criterionId, f.title]));

    const checklist: CriterionResult[] = [];
    for (const area of template.areas) {
      for (const c of area.criteria) {
        if (!assessedAreas.includes(area.id)) {
          checklist.push({ criterionId: c.id, result: null, note: '', evidence: [] });
          continue;
        }
        const failTitle = failed.get(c.id);
        if (failTitle !== undefined) checklist.push({ criterionId: c.id, result: 'fail', note: failTitle, evidence: [] });
        else if (c.id === 'a2-c1' && rng.chance(0.6))
          checklist.push({ criterionId: c.id, result: 'na', note: 'Trong kỳ đơn vị không ban hành văn bản quy phạm pháp luật', evidence: [] });
        else if ((c.id === 'a6-c4' || c.id === 'a7-c4') && year < 2022)
          checklist.push({ criterionId: c.id, result: 'na', note: 'Trên địa bàn chưa triển khai', evidence: [] });
        else checklist.push({ criterionId: c.id, result: 'pass', note: '', evidence: evidenceFor(c.id, year, rng) });
      }
    }

    const goodPractices: GoodPractice[] = [];
    if (entry.status === 'finalised') {
      const gpPool = rng.shuffle(goodPracticeTemplates.filter((g) => (g.fromYear ?? 0) <= year));
      const n = findings.length >= 4 ? 0 : rng.pick([0, 1, 1, 2]);
      gpPool.slice(0, n).forEach((g, i) => goodPractices.push({ id: `${id}-gp${i + 1}`, areaId: g.areaId, description: g.description }));
    }

    const finalisedDay = endDate ? addDays(endDate, rng.int(2, 9)) : null;
    const finalisedAt = finalisedDay ? vnInstant(finalisedDay < asOf ? finalisedDay : asOf, 16, 30) : null;
    const updatedAt = finalisedAt ?? (startDate ? vnInstant(startDate, 16, 45) : createdAt);
    // The status moves: planned when created, started on the first day of the visit, finalised when the minutes
    // were signed. Fixed hours, so the random streams of the rest of the seed stay as they were.
    const history: Inspection['history'] = [{ at: createdAt, by: inspector, from: null, to: 'planned', note: '' }];
    if (startDate) history.push({ at: vnInstant(startDate, 8, 0), by: inspector, from: 'planned', to: 'in_progress', note: '' });
    if (finalisedAt)
      history.push({ at: finalisedAt, by: inspector, from: 'in_progress', to: 'finalised', note: 'Biên bản kiểm tra đã được ký' });

    inspections.push({
      id,
      version: 1,
      unitId: entry.unitId,
      title: `Kiểm tra công tác CCHC năm ${year} tại UBND ${entry.unitLabel}`,
      teamId: entry.teamId,
      plannedDate: entry.plannedDate,
      startDate,
      endDate,
      status: entry.status,
      areaIds: scopeFor(id, entry.status, assessedAreas, ctx.seed),
      checklist,
      findings: findings.map((f) => ({ id: f.id, areaId: f.areaId, title: f.title, description: f.description, severity: f.severity, cause: f.cause })),
      goodPractices,
      history,
      createdAt,
      updatedAt,
      updatedBy: inspector,
    });

    // Actions follow only from signed minutes.
    if (entry.status !== 'finalised' || !finalisedAt || !finalisedDay) continue;
    findings.forEach((f, fi) => {
      f.actions.forEach((a, ai) => {
        const arng = Rng.derive(ctx.seed, `${id}-${fi}-${ai}`);
        const dueDate = addMonths(endDate as string, arng.int(1, 6));
        const { status, history } = actionTimeline(finalisedAt, finalisedDay, dueDate, asOf, inspector, arng);
        actions.push({
          id: `act-${key}-${fi + 1}-${ai + 1}`,
          version: 1,
          inspectionId: id,
          findingId: f.id,
          unitId: entry.unitId,
          description: a.description,
          ownerUnitId: entry.unitId,
          ownerName: a.ownerName,
          dueDate,
          status,
          history,
          updatedAt: (history[history.length - 1] as Action['history'][number]).at,
        });
      });
    });
  }
  ensureEveryActionState(actions, asOf);
  return { inspections, actions };

}

/**
 * The tracker must show every state, and at least one overdue action. With a few hundred actions the
 * draw almost always gives them; if not, the most recent suitable action is cut back to that state.
 */
function ensureEveryActionState(actions: Action[], asOf: string): void {
  const overdue = (a: Action) => a.dueDate < asOf && (a.status === 'not_started' || a.status === 'in_progress');
  const cutBack = (a: Action, to: ActionStatus) => {
    const idx = a.history.findIndex((h) => h.to === to);
    if (idx < 0) return false;
    a.history = a.history.slice(0, idx + 1);
    a.status = to;
    a.updatedAt = (a.history[a.history.length - 1] as Action['history'][number]).at;
    return true;
  };
  const latestFirst = actions.slice().sort((x, y) => y.dueDate.localeCompare(x.dueDate));
  if (!actions.some(overdue)) {
    const a = latestFirst.find((x) => x.dueDate < asOf && x.history.some((h) => h.to === 'in_progress'));
    if (a) cutBack(a, 'in_progress');
  }
  for (const s of ['not_started', 'in_progress', 'fixed', 'verified'] as const) {
    if (actions.some((a) => a.status === s)) continue;
    const a = latestFirst.find((x) => x.history.some((h) => h.to === s) && x.status !== s);
    if (a) cutBack(a, s);
  }
}

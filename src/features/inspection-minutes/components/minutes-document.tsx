import { useTranslation } from 'react-i18next';
import type { Meta } from '../../../api/meta';
import type { Team } from '../../../api/teams';
import type { Unit } from '../../../api/units';
import { formatDate, formatPercent } from '../../../domain/format';
import { decreeDateParts, type InspectionMinutesFacts } from '../../../domain/inspection-minutes';
import { scopeContext, unitName, useLocale } from '../../../i18n';
import { decreeClasses as classes } from '../../../components/decree-document';

/** Section numbers of an administrative document (Decree 30/2020/NĐ-CP): I., II., … */
const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

interface MinutesDocumentProps {
  facts: InspectionMinutesFacts;
  meta: Meta;
  units: readonly Unit[];
  teams: readonly Team[];
}

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** Recorded text stays as written (Vietnamese): marked so, where the page around it speaks English. */
function Recorded({ children }: { children: string }) {
  const locale = useLocale();
  return locale === 'vi' ? children : <span lang="vi">{children}</span>;
}

/** "xã Nguyễn Trãi", "thị trấn Thường Tín": a unit's name inside a sentence. */
function nameInSentence(unit: Unit | undefined, id: string): string {
  if (!unit) return id;
  if (unit.kind === 'district') return unit.name;
  const name = unitName(unit);
  return name.charAt(0).toLocaleLowerCase('vi-VN') + name.slice(1);
}

/**
 * The minutes as one document, laid out as Decree 30/2020/NĐ-CP lays out an administrative document: the
 * issuing body and the national motto, place and date, the document type and its subject, numbered sections,
 * signature blocks and recipients. The same markup is the screen's paper and the printed A4 pages.
 */
export function MinutesDocument({ facts, meta, units, teams }: MinutesDocumentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = scopeContext(meta.dataset);
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const unit = nameInSentence(unitsById.get(facts.unitId), facts.unitId);
  const team = teams.find((x) => x.id === facts.teamId);
  const teamName = team?.name ?? facts.teamId;
  const ownerUnit = (id: string) =>
    id === meta.rootUnitId ? meta.name : t('minutes.unitBody', { unit: nameInSentence(unitsById.get(id), id) });

  const issuer = t('minutes.header.issuer', { context, name: upper(meta.name) });
  const place = t('minutes.header.place', { context });
  const date = decreeDateParts(facts.date);
  const dateLine = date ? t('minutes.header.dateLine', { place, ...date }) : place;
  const fullyMet = facts.areas.filter((a) => facts.fullyMetAreaIds.includes(a.areaId)).map((a) => a.name);
  let section = 0;
  const heading = (key: 'time' | 'people' | 'results' | 'strengths' | 'findings' | 'recommendations') =>
    `${roman[section++]}. ${t(`minutes.sections.${key}`)}`;

  return (
    <article className={classes.paper} aria-label={t('minutes.screen.document')}>
      <header className={classes.letterhead}>
        <div className={classes.issuer}>
          <p className={classes.issuerBody}>{issuer}</p>
          <p className={classes.issuerTeam}>{upper(teamName)}</p>
          <span className={classes.rule} aria-hidden />
          <p className={classes.number}>{t('minutes.header.number')}</p>
        </div>
        <div className={classes.nation}>
          <p className={classes.nationName}>{t('minutes.header.nation')}</p>
          <p className={classes.motto}>
            <span>{t('minutes.header.motto')}</span>
          </p>
          <p className={classes.dateLine}>{dateLine}</p>
        </div>
      </header>

      {facts.draft && (
        <p className={classes.draftMark} role="note">
          {t('minutes.draftMark')}
        </p>
      )}

      <div className={classes.titleBlock}>
        <h1 className={classes.docType}>{t('minutes.docType')}</h1>
        <p className={classes.subject}>{t('minutes.subject', { unit })}</p>
        <span className={classes.rule} aria-hidden />
      </div>

      <p className={classes.para}>{t('minutes.intro', { team: teamName, unit, title: facts.title })}</p>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('time')}</h2>
        <p className={classes.para}>
          {facts.visit.from === facts.visit.to
            ? t('minutes.time.oneDay', { date: formatDate(facts.visit.from) })
            : t('minutes.time.range', { from: formatDate(facts.visit.from), to: formatDate(facts.visit.to) })}
        </p>
        <p className={classes.para}>{t('minutes.time.place', { unit })}</p>
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('people')}</h2>
        <p className={classes.para}>
          <strong>1. {t('minutes.people.team', { team: teamName })}</strong>
        </p>
        <ul className={classes.people}>
          <li>{t('minutes.people.member', { name: t('minutes.people.blankName'), post: t('minutes.people.head') })}</li>
          {(team?.members ?? []).map((m) => (
            <li key={m.userId}>{t('minutes.people.member', { name: t('minutes.people.blankName'), post: m.post })}</li>
          ))}
        </ul>
        <p className={classes.para}>
          <strong>2. {t('minutes.people.commune', { unit })}</strong>
        </p>
        <ul className={classes.people}>
          {[t('minutes.people.chairman', { unit }), t('minutes.people.officeClerk'), t('minutes.people.oneStopClerk')].map((post) => (
            <li key={post}>{t('minutes.people.member', { name: t('minutes.people.blankName'), post })}</li>
          ))}
        </ul>
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('results')}</h2>
        <table className={classes.table}>
          <caption className={classes.caption}>{t('minutes.results.caption')}</caption>
          <colgroup>
            <col className={classes.colNo} />
            <col />
            <col className={classes.colNum} />
            <col className={classes.colNum} />
            <col className={classes.colRate} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('minutes.results.no')}</th>
              <th scope="col">{t('minutes.results.area')}</th>
              <th scope="col">{t('minutes.results.criteria')}</th>
              <th scope="col">{t('minutes.results.points')}</th>
              <th scope="col">{t('minutes.results.score')}</th>
            </tr>
          </thead>
          <tbody>
            {facts.areas.map((a, i) => (
              <tr key={a.areaId}>
                <td className={classes.center}>{i + 1}</td>
                <th scope="row" className={classes.rowHead}>
                  <Recorded>{a.name}</Recorded>
                  {a.unassessed > 0 && <span className={classes.aside}> {t('minutes.results.unassessed', { count: a.unassessed })}</span>}
                </th>
                <td className={classes.center}>{t('minutes.results.fraction', { a: a.passed, b: a.passed + a.failed })}</td>
                <td className={classes.center}>{t('minutes.results.fraction', { a: a.achieved, b: a.applicable })}</td>
                <td className={classes.center}>{formatPercent(a.score, locale)}</td>
              </tr>
            ))}
            <tr className={classes.totalRow}>
              <td />
              <th scope="row" className={classes.rowHead}>
                {t('minutes.results.total')}
              </th>
              <td className={classes.center}>
                {t('minutes.results.fraction', {
                  a: facts.areas.reduce((n, a) => n + a.passed, 0),
                  b: facts.areas.reduce((n, a) => n + a.passed + a.failed, 0),
                })}
              </td>
              <td className={classes.center}>{t('minutes.results.fraction', { a: facts.total.achieved, b: facts.total.applicable })}</td>
              <td className={classes.center}>{formatPercent(facts.total.score, locale)}</td>
            </tr>
          </tbody>
        </table>
        <p className={classes.note}>{t('minutes.results.note')}</p>
        <p className={classes.para}>
          {t('minutes.results.summary', {
            achieved: facts.total.achieved,
            applicable: facts.total.applicable,
            score: formatPercent(facts.total.score, locale),
          })}
        </p>
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('strengths')}</h2>
        <p className={classes.para}>
          {fullyMet.length > 0 ? t('minutes.strengths.fullyMet', { areas: fullyMet.join('; ') }) : t('minutes.strengths.noneFullyMet')}
        </p>
        {facts.goodPractices.length > 0 ? (
          <>
            <p className={classes.para}>{t('minutes.strengths.practices')}</p>
            <ul className={classes.dashList}>
              {facts.goodPractices.map((g) => (
                <li key={g.id}>{t('minutes.strengths.practice', { description: g.description, area: g.areaName ?? g.areaId })}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className={classes.para}>{t('minutes.strengths.noPractices')}</p>
        )}
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('findings')}</h2>
        {facts.findings.length === 0 ? (
          <p className={classes.para}>{t('minutes.findings.none')}</p>
        ) : (
          <ol className={classes.findings}>
            {facts.findings.map((f) => (
              <li key={f.id} className={classes.finding}>
                <h3 className={classes.h3}>
                  {f.number}. <Recorded>{f.title}</Recorded>
                </h3>
                <p className={classes.para}>
                  <em>
                    {t('minutes.findings.meta', { area: f.areaName ?? f.areaId, severity: t(`minutes.findings.severity.${f.severity}`) })}
                  </em>
                </p>
                {f.description && (
                  <p className={classes.para}>
                    <Recorded>{f.description}</Recorded>
                  </p>
                )}
                <p className={classes.para}>
                  <strong>{t('minutes.findings.cause')}</strong> {f.cause ? <Recorded>{f.cause}</Recorded> : t('minutes.findings.noCause')}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('recommendations')}</h2>
        {facts.recommendations.length === 0 ? (
          <p className={classes.para}>{t('minutes.recommendations.none')}</p>
        ) : (
          <>
            <p className={classes.para}>{t('minutes.recommendations.intro', { unit })}</p>
            <table className={classes.table}>
              <caption className={classes.caption}>{t('minutes.recommendations.caption')}</caption>
              <colgroup>
                <col className={classes.colNo} />
                <col />
                <col className={classes.colFinding} />
                <col className={classes.colOwner} />
                <col className={classes.colOwner} />
                <col className={classes.colDate} />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('minutes.recommendations.no')}</th>
                  <th scope="col">{t('minutes.recommendations.what')}</th>
                  <th scope="col">{t('minutes.recommendations.finding')}</th>
                  <th scope="col">{t('minutes.recommendations.ownerUnit')}</th>
                  <th scope="col">{t('minutes.recommendations.ownerPost')}</th>
                  <th scope="col">{t('minutes.recommendations.due')}</th>
                </tr>
              </thead>
              <tbody>
                {facts.recommendations.map((r) => (
                  <tr key={r.actionId}>
                    <td className={classes.center}>{r.number}</td>
                    <td>
                      <Recorded>{r.description}</Recorded>
                    </td>
                    <td className={classes.center}>{r.findingNumber ?? '—'}</td>
                    <td>{ownerUnit(r.ownerUnitId)}</td>
                    <td>
                      <Recorded>{r.ownerPost}</Recorded>
                    </td>
                    <td className={classes.center}>{formatDate(r.dueDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <p className={classes.para}>{t('minutes.closing', { date: formatDate(facts.date) })}</p>

      <div className={classes.signatures}>
        <div className={classes.signature}>
          <p className={classes.signTitle}>{upper(t('minutes.signatures.commune', { unit }))}</p>
          <p className={classes.signTitle}>{t('minutes.signatures.communePost')}</p>
          <p className={classes.signHint}>{t('minutes.signatures.signStamp')}</p>
          <p className={classes.signName}>{t('minutes.signatures.nameLine')}</p>
        </div>
        <div className={classes.signature}>
          <p className={classes.signTitle}>{t('minutes.signatures.head')}</p>
          <p className={classes.signTitle} aria-hidden>
            {'\u00a0'}
          </p>
          <p className={classes.signHint}>{t('minutes.signatures.sign')}</p>
          <p className={classes.signName}>{t('minutes.signatures.nameLine')}</p>
        </div>
      </div>

      <footer className={classes.recipients}>
        <p className={classes.recipientsTitle}>{t('minutes.recipients.title')}</p>
        <p>{t('minutes.recipients.issuer', { context, name: meta.name })}</p>
        <p>{t('minutes.recipients.unit', { unit })}</p>
        <p>{t('minutes.recipients.team')}</p>
        <p>{t('minutes.recipients.file')}</p>
      </footer>
    </article>
  );
}

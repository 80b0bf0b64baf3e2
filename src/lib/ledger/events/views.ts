/**
 * /events/ (the latest year's promotion events with their conversion counts; every year's kept at
 * /events/2005/) and /events/<id>/ (one event's signings, linked to the ledger).
 */
import { unitNameOf } from '../../schema/units.ts';
import type { Board } from '../../score/board.ts';
import { conversion, eventYearConversion } from './score.ts';
import { projectStatus } from '../projects/score.ts';
import { formatAmount } from '../../present/format.ts';
import { unitUrl } from '../../present/urls.ts';
import { eventsDataUrl, eventsUrl, eventUrl, signingsDataUrl } from './urls.ts';
import { projectUrl } from '../projects/urls.ts';
import { yearLinks, yearPages } from '../common/views.ts';
import type { LedgerPresentation } from '../../present/section.ts';

export const latestEventYear = (board: Board) => board.model.eventYears.at(-1);

/** The years with an events page: undefined is the latest, at /events/. */
export const eventPages = (board: Board) => yearPages(board.model.eventYears.map((y) => y.year));

export function eventsView(board: Board, shown?: number) {
  const year = shown === undefined ? latestEventYear(board)! : board.model.eventYears.find((y) => y.year === shown)!;
  return {
    year,
    years: yearLinks(
      board.model.eventYears.map((y) => y.year),
      year.year,
      eventsUrl,
    ),
    title: `${year.year}年重大招商活动`,
    total: { signings: year.events.reduce((t, e) => t + e.signings.length, 0), conversion: eventYearConversion(year) },
    events: year.events.map((e) => ({
      event: e,
      href: eventUrl(e.id),
      conversion: conversion(e, year.steps),
      linked: e.signings.filter((s) => s.project).length,
    })),
    downloads: [
      { href: eventsDataUrl(year.year), label: '活动 CSV' },
      { href: signingsDataUrl(year.year), label: '签约项目 CSV' },
    ],
  };
}

/** Every event on file, for its page. */
export const eventsOnFile = (board: Board) => board.model.eventYears.flatMap((y) => y.events.map((e) => e.id));

export function eventView(board: Board, id: string) {
  const { model } = board;
  const year = model.eventYears.find((y) => y.events.some((e) => e.id === id))!;
  const event = year.events.find((e) => e.id === id)!;
  const ledger = model.projectLedgers.find((l) => l.year === year.year);
  return {
    year,
    event,
    eventsHref: eventsUrl(year.year),
    conversion: conversion(event, year.steps),
    signings: event.signings.map((s) => {
      const project = s.project ? ledger?.projects.find((p) => p.id === s.project) : undefined;
      const status = project && projectStatus(project);
      return {
        signing: s,
        amount: s.amount === undefined ? '—' : formatAmount(s.amount),
        unitName: unitNameOf(model, s.unit),
        unitHref: unitUrl(s.unit),
        project: project &&
          status && {
            href: projectUrl(project.id),
            name: project.name,
            stage: status.latest.stage,
            inPlace: `${formatAmount(status.latest.inPlace)} ${ledger!.unit}`,
          },
      };
    }),
    downloads: [{ href: signingsDataUrl(year.year), label: '签约项目 CSV' }],
  };
}

/** The events' section of the site and their paragraph of /methodology/ (from the latest year's steps). */
export const eventsPresentation: LedgerPresentation = {
  section: {
    href: eventsUrl(),
    label: '大活动',
    summary: '招商活动、签约项目与跟踪转化',
    when: (m) => m.eventYears.length > 0,
    inNav: false,
  },
  method: ({ model }) => {
    const events = model.eventYears.at(-1);
    return (
      events && {
        title: '大活动与签约项目',
        lines: [
          `每个签约项目有跟踪责任人，逐个记录进展（${events.steps.join(' → ')}）。活动的转化数 = 达到某一步或更进一步的签约项目个数，所以“${events.steps[0]}”一栏是全部签约项目。`,
        ],
      }
    );
  },
};

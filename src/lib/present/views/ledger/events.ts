/**
 * /events/ (the latest year's promotion events with their conversion counts; every year's kept at
 * /events/2005/) and /events/<id>/ (one event's signings, linked to the ledger).
 */
import { unitNameOf } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { conversion, eventYearConversion, projectStatus } from '../../../score/ledger.ts';
import { formatAmount } from '../../format.ts';
import { eventsUrl, eventUrl, ledgerDataUrl, projectUrl, unitUrl } from '../../urls.ts';
import { yearLinks, yearPages } from './format.ts';

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
      { href: ledgerDataUrl('events', year.year), label: '活动 CSV' },
      { href: ledgerDataUrl('signings', year.year), label: '签约项目 CSV' },
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
    downloads: [{ href: ledgerDataUrl('signings', year.year), label: '签约项目 CSV' }],
  };
}

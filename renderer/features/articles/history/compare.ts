import type { Revision } from '../../../../shared/contract';
import { bodyToPlainText } from '../../../../shared/editor/text';
import { bodyDiff } from './bodyDiff';
import { collapse, toLines, type Piece } from './collapse';
import { wordDiff, type Segment } from './wordDiff';
import { i18n } from '../../../i18n';

/** The text of a translation as the History panel compares it. */
export interface TextVersion {
  title: string;
  summary: string;
  /** Paragraphs separated by "\n". */
  bodyText: string;
}

/** A revision's text as compared. */
export function revisionText(revision: Pick<Revision, 'title' | 'summary' | 'body'>): TextVersion {
  return { title: revision.title, summary: revision.summary, bodyText: bodyToPlainText(revision.body) };
}

export interface FieldChanges {
  field: 'title' | 'summary' | 'body';
  label: string;
  /** One line per paragraph, long unchanged stretches left out. */
  lines: Piece[][];
}

/**
 * Time one comparison may spend on finding words; past it, what is left to compare shows as
 * replaced whole (only a wholesale rewrite of a long text comes near it).
 */
export const COMPARE_BUDGET_MS = 50;

/** What changed from an earlier version to a later one, field by field; empty when the texts are identical. */
export function compareVersions(then: TextVersion, now: TextVersion, budgetMs = COMPARE_BUDGET_MS): FieldChanges[] {
  const limits = { deadline: Date.now() + budgetMs };
  const out: FieldChanges[] = [];
  const add = (field: FieldChanges['field'], label: string, segments: Segment[]) => out.push({ field, label, lines: toLines(collapse(segments)) });
  if (then.title !== now.title) add('title', i18n.t('editor.title'), wordDiff(then.title, now.title, limits));
  if (then.summary !== now.summary) add('summary', i18n.t('editor.summary'), wordDiff(then.summary, now.summary, limits));
  if (then.bodyText !== now.bodyText) add('body', i18n.t('editor.body'), bodyDiff(then.bodyText, now.bodyText, limits));
  return out;
}

/**
 * A practice round on screen, as plain DOM (the app wraps it in a React overlay; the shared web page
 * mounts it directly): one question at a time, instant feedback with the milestone's detail and sources,
 * a score at the end. Keyboard-operable throughout; large type for a projector (practice.css).
 */
import i18next from 'i18next';
import { checkLevel, checkOrder, checkWhen, type DateAnswer, type Question } from '../../../../shared/practice';
import type { MilestoneItem } from '../../../../shared/domain';
import { formatDate, formatRange, localTitle } from '../../i18n/format';
import { el, milestoneCard, type CardMilestone } from './milestone-card';

export interface PracticeSource {
  title: string;
  /** A new round (a new seed each time). */
  round(): Question[];
  milestone(id: number): MilestoneItem;
  card(id: number): Promise<CardMilestone>;
  levelName(pairId: string, levelId: number): string;
  pairName(pairId: string): string;
}

const t = (key: string, values?: Record<string, unknown>) => i18next.t(`practice:${key}`, values);

function monthNames(): string[] {
  const fmt = new Intl.DateTimeFormat(i18next.language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => fmt.format(new Date(Date.UTC(2001, i, 1))));
}

export function mountPractice(container: HTMLElement, source: PracticeSource, onClose: () => void): { destroy(): void } {
  let questions: Question[] = [];
  let index = 0;
  let right = 0;
  let destroyed = false;

  const root = el('div', { className: 'practice' });
  root.dataset.testid = 'practice';
  container.append(root);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  root.addEventListener('keydown', onKey);

  const header = () => {
    const close = el('button', { className: 'practice-close', text: '×' });
    close.type = 'button';
    close.setAttribute('aria-label', t('close'));
    close.title = t('closeTitle');
    close.addEventListener('click', onClose);
    return el('header', { className: 'practice-head' }, el('h2', { id: 'practice-title', text: t('title', { title: source.title }), dir: 'auto' }), close);
  };

  const start = () => {
    questions = source.round();
    index = 0;
    right = 0;
    show();
  };

  const show = () => {
    root.replaceChildren(header());
    root.setAttribute('role', 'dialog');
    root.setAttribute('aria-labelledby', 'practice-title');
    if (!questions.length) {
      root.append(el('p', { className: 'practice-empty', text: t('empty') }));
      return;
    }
    if (index >= questions.length) return finish();
    const q = questions[index];
    const body = el('form', { className: 'practice-question' });
    body.noValidate = true;
    // What is asked, for tests and styles: the kind, and the milestone or pair and year it is about.
    body.dataset.kind = q.kind;
    if (q.kind === 'when') body.dataset.milestoneId = String(q.milestoneId);
    if (q.kind === 'level') Object.assign(body.dataset, { pairId: q.pairId, year: String(q.year) });
    body.append(el('p', { className: 'practice-progress', text: t('progress', { current: index + 1, total: questions.length }) }));
    const feedback = el('div', { className: 'practice-feedback' });
    feedback.setAttribute('role', 'status');
    feedback.setAttribute('aria-live', 'polite');
    const problem = el('p', { className: 'practice-problem' });
    problem.setAttribute('role', 'alert');
    const answerUi = q.kind === 'order' ? orderUi(q) : q.kind === 'level' ? levelUi(q) : whenUi(q);
    const check = el('button', { className: 'practice-primary', text: t('check') });
    check.type = 'submit';
    body.append(answerUi.node, problem, el('div', { className: 'practice-actions' }, check), feedback);
    root.append(body);
    body.addEventListener('submit', (e) => {
      e.preventDefault();
      if (body.dataset.answered) return;
      const result = answerUi.check();
      if (result === null) return;
      if (typeof result === 'string') {
        problem.textContent = result;
        return;
      }
      problem.textContent = '';
      body.dataset.answered = result ? 'right' : 'wrong';
      if (result) right++;
      answerUi.lock();
      check.remove();
      const next = el('button', { className: 'practice-primary', text: index + 1 < questions.length ? t('next') : t('finish') });
      next.type = 'button';
      next.addEventListener('click', () => {
        index++;
        show();
      });
      feedback.replaceChildren(el('p', { className: `practice-verdict ${result ? 'right' : 'wrong'}`, text: result ? t('right') : t('wrong') }));
      void answerUi.explain(feedback).then(() => {
        if (destroyed) return;
        feedback.append(el('div', { className: 'practice-actions' }, next));
        next.focus();
      });
    });
    answerUi.focus();
  };

  const finish = () => {
    const again = el('button', { className: 'practice-primary', text: t('again') });
    again.type = 'button';
    again.addEventListener('click', start);
    const close = el('button', { text: t('close') });
    close.type = 'button';
    close.addEventListener('click', onClose);
    const score = el('p', { className: 'practice-score', text: t('score', { right, total: questions.length }) });
    score.setAttribute('role', 'status');
    root.append(score, el('div', { className: 'practice-actions' }, again, close));
    again.focus();
  };

  interface AnswerUi {
    node: HTMLElement;
    focus(): void;
    /** true/false: answered; a string: what is missing; null: nothing to do. */
    check(): boolean | string | null;
    lock(): void;
    explain(into: HTMLElement): Promise<void>;
  }

  const titleOf = (id: number) => localTitle(source.milestone(id));
  const cardInto = async (into: HTMLElement, id: number) => into.append(milestoneCard(await source.card(id)));

  function orderUi(q: Extract<Question, { kind: 'order' }>): AnswerUi {
    let order = [...q.shown];
    const list = el('ol', { className: 'practice-order' });
    let dragged: number | null = null;
    const move = (id: number, by: number) => {
      const at = order.indexOf(id);
      const to = at + by;
      if (to < 0 || to >= order.length) return;
      order.splice(at, 1);
      order.splice(to, 0, id);
      draw(id);
    };
    const draw = (focusId?: number, focusWhat: 'item' | 'up' | 'down' = 'item') => {
      list.replaceChildren(
        ...order.map((id, i) => {
          const title = titleOf(id);
          const li = el('li', { className: 'practice-order-item' });
          li.tabIndex = 0;
          li.draggable = true;
          li.dataset.milestoneId = String(id);
          li.setAttribute('aria-label', `${i + 1}. ${title}`);
          const up = el('button', { text: '↑' });
          const down = el('button', { text: '↓' });
          for (const [b, by, label] of [[up, -1, 'order.moveUp'], [down, 1, 'order.moveDown']] as const) {
            b.type = 'button';
            b.className = by < 0 ? 'move-up' : 'move-down';
            b.setAttribute('aria-label', t(label, { title }));
            b.disabled = (by < 0 && i === 0) || (by > 0 && i === order.length - 1);
            b.addEventListener('click', () => {
              move(id, by);
              // Keep focus on the same control (or its partner when it is now disabled at the end).
              const again = list.querySelector<HTMLElement>(`[data-milestone-id="${id}"] .${by < 0 ? 'move-up' : 'move-down'}`);
              (again && !(again as HTMLButtonElement).disabled ? again : list.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`))?.focus();
            });
          }
          li.append(el('span', { className: 'practice-order-n', text: String(i + 1) }), el('span', { className: 'practice-order-title', text: title, dir: 'auto' }), up, down);
          li.addEventListener('keydown', (e) => {
            if (e.target !== li || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
            e.preventDefault();
            move(id, e.key === 'ArrowUp' ? -1 : 1);
          });
          li.addEventListener('dragstart', (e) => {
            dragged = id;
            e.dataTransfer?.setData('text/plain', String(id));
          });
          li.addEventListener('dragover', (e) => e.preventDefault());
          li.addEventListener('drop', (e) => {
            e.preventDefault();
            if (dragged === null || dragged === id) return;
            const from = order.indexOf(dragged);
            order.splice(from, 1);
            order.splice(order.indexOf(id) + (from <= i ? 1 : 0), 0, dragged);
            const moved = dragged;
            dragged = null;
            draw(moved);
          });
          return li;
        }),
      );
      if (focusId !== undefined && focusWhat === 'item') list.querySelector<HTMLElement>(`[data-milestone-id="${focusId}"]`)?.focus();
    };
    draw();
    const node = el('fieldset', { className: 'practice-fieldset' }, el('legend', { text: t('order.prompt') }), el('p', { className: 'muted', text: t('order.hint') }), list);
    return {
      node,
      focus: () => list.querySelector<HTMLElement>('li')?.focus(),
      check: () => checkOrder(q, order),
      lock: () => {
        for (const li of list.querySelectorAll('li')) li.draggable = false;
        for (const b of list.querySelectorAll('button')) b.disabled = true;
        order = [...order];
      },
      explain: async (into) => {
        into.append(el('p', { text: t('order.answer') }));
        const answer = el('ol', { className: 'practice-answer-order' });
        for (const id of q.answer) {
          const m = source.milestone(id);
          answer.append(el('li', {}, el('bdi', { className: 'milestone-date', text: formatRange(m.start, m.end) }), ' ', el('span', { text: localTitle(m), dir: 'auto' })));
        }
        into.append(answer);
        const cards = el('div', { className: 'practice-cards' });
        into.append(cards);
        for (const id of q.answer) await cardInto(cards, id);
      },
    };
  }

  function levelUi(q: Extract<Question, { kind: 'level' }>): AnswerUi {
    const name = `level-${index}`;
    const radios = q.options.map((levelId) => {
      const input = el('input');
      input.type = 'radio';
      input.name = name;
      input.value = String(levelId);
      return el('label', { className: 'practice-option' }, input, ' ', el('span', { text: source.levelName(q.pairId, levelId), dir: 'auto' }));
    });
    const node = el('fieldset', { className: 'practice-fieldset' }, el('legend', { text: t('level.prompt', { pair: source.pairName(q.pairId), year: q.year }) }), ...radios);
    const inputs = () => [...node.querySelectorAll<HTMLInputElement>('input')];
    return {
      node,
      focus: () => inputs()[0]?.focus(),
      check: () => {
        const chosen = inputs().find((i) => i.checked);
        return chosen ? checkLevel(q, Number(chosen.value)) : t('invalid.level');
      },
      lock: () => inputs().forEach((i) => (i.disabled = true)),
      explain: async (into) => {
        into.append(el('p', { className: 'practice-answer', text: t('answer', { answer: source.levelName(q.pairId, q.answer) }) }));
        into.append(el('p', { className: 'muted', text: `${t('setBy')}:` }));
        await cardInto(into, q.milestoneId);
      },
    };
  }

  function whenUi(q: Extract<Question, { kind: 'when' }>): AnswerUi {
    const m = source.milestone(q.milestoneId);
    const field = (label: string, input: HTMLElement) => el('label', { className: 'practice-field' }, el('span', { text: label }), input);
    const year = el('input', { className: 'practice-year' });
    year.inputMode = 'numeric';
    year.autocomplete = 'off';
    year.maxLength = 4;
    year.size = 5;
    const parts: HTMLElement[] = [field(t('when.yearLabel'), year)];
    let month: HTMLSelectElement | null = null;
    let day: HTMLInputElement | null = null;
    if (q.precision !== 'year') {
      month = el('select', { className: 'practice-month' });
      month.append(el('option', { text: t('when.chooseMonth') }));
      monthNames().forEach((n, i) => {
        const o = el('option', { text: n });
        o.value = String(i + 1);
        month!.append(o);
      });
      (month.options[0] as HTMLOptionElement).value = '';
      parts.push(field(t('when.monthLabel'), month));
    }
    if (q.precision === 'day') {
      day = el('input', { className: 'practice-day' });
      day.inputMode = 'numeric';
      day.autocomplete = 'off';
      day.maxLength = 2;
      day.size = 3;
      parts.push(field(t('when.dayLabel'), day));
    }
    // Day, month, year in the order the language writes them.
    if (i18next.language !== 'zh') parts.reverse();
    const node = el('fieldset', { className: 'practice-fieldset' },
      el('legend', { text: t(`when.${q.precision}`) }),
      el('p', { className: 'practice-about', text: localTitle(m), dir: 'auto' }),
      el('div', { className: 'practice-date-fields' }, ...parts),
      el('p', { className: 'muted', text: t('when.knownTo', { precision: q.precision }) }));
    const digits = (s: string) => s.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    return {
      node,
      focus: () => year.focus(),
      check: () => {
        const y = digits(year.value);
        if (!/^\d{4}$/.test(y)) return t('invalid.year');
        const answer: DateAnswer = { year: Number(y) };
        if (month) {
          if (!month.value) return t('invalid.month');
          answer.month = Number(month.value);
        }
        if (day) {
          const d = digits(day.value);
          if (!/^\d{1,2}$/.test(d) || Number(d) < 1 || Number(d) > 31) return t('invalid.day');
          answer.day = Number(d);
        }
        return checkWhen(q, answer);
      },
      lock: () => [year, month, day].forEach((i) => i && (i.disabled = true)),
      explain: async (into) => {
        into.append(el('p', { className: 'practice-answer', text: t('answer', { answer: formatDate(q.answer) }) }));
        await cardInto(into, q.milestoneId);
      },
    };
  }

  start();
  return {
    destroy() {
      destroyed = true;
      root.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
}

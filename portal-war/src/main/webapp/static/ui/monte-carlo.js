// A Monte Carlo run of a calculated version from the result page: start it, watch its progress, cancel it, and
// read its histogram with the 95 % interval. Runs go on in the server; leaving the page does not stop one, and
// coming back shows the newest.
import { call } from './api.js';
import * as charts from './charts.js';
import { t, number } from './i18n.js';
import { say, showProblem } from './shell.js';

const $ = (selector) => document.querySelector(selector);
let polling = null;
let current = null; // the id of the run being followed, for the cancel button

function show(job) {
  const progress = $('#mc-progress');
  const running = job.status === 'QUEUED' || job.status === 'RUNNING';
  progress.hidden = !running;
  progress.max = job.iterations;
  progress.value = job.done;
  $('#mc-cancel').hidden = !running;
  $('#mc-start').disabled = running;
  const message = $('#mc-message');
  if (running) {
    say(message, t('mc.running', { done: number(job.done, 6), iterations: number(job.iterations, 6) }));
  } else if (job.status === 'DONE') {
    say(message, t('mc.done', { iterations: number(job.iterations, 6), low: number(job.total.p2_5),
      high: number(job.total.p97_5), mean: number(job.total.mean), median: number(job.total.median) }));
    if (job.histogram) {
      $('#mc-chart').hidden = false;
      charts.histogram('mc-chart', job);
    }
  } else {
    say(message, t('mc.' + job.status.toLowerCase(), { failure: job.failure || '' }), job.status !== 'CANCELLED');
  }
  return running;
}

function follow(job) {
  clearInterval(polling);
  current = job.id;
  if (!show(job)) return;
  polling = setInterval(async () => {
    try {
      const { data } = await call('api/jobs/' + job.id);
      if (!show(data)) clearInterval(polling);
    } catch (e) {
      clearInterval(polling);
      showProblem($('#mc-message'), e);
    }
  }, 500);
}

/** Wires the section for the version the calculation belongs to, showing its newest run if there is one. */
export async function setup(calculation, mayRun) {
  const runs = 'api/products/' + calculation.productId + '/versions/' + calculation.version + '/monte-carlo';
  $('#mc-start').hidden = !mayRun;
  $('#mc-iterations').disabled = !mayRun;
  $('#mc-start').addEventListener('click', async () => {
    try {
      const iterations = $('#mc-iterations').value;
      follow((await call(runs + '?' + new URLSearchParams({ iterations }), { method: 'POST' })).data);
    } catch (e) {
      showProblem($('#mc-message'), e);
    }
  });
  $('#mc-cancel').addEventListener('click', async () => {
    try {
      await call('api/jobs/' + current, { method: 'DELETE' });
    } catch (e) {
      showProblem($('#mc-message'), e);
    }
  });
  const { data } = await call(runs);
  if (data.length) follow(data[0]);
}

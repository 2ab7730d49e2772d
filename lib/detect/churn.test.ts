import { describe } from 'vitest';
import { signalTable } from './test-helpers';

describe('churn_risk: threats to end the relationship', () => {
  signalTable([
    ['Cancel my account.', 'churn_risk'],
    ['I want to cancel my subscription effective immediately.', 'churn_risk'],
    ["if this isn't fixed I'm switching", 'churn_risk'],
    ['If this is not fixed by Friday I am switching to another provider.', 'churn_risk'],
    ['Never again.', 'churn_risk'],
    ['@united never flying united again #fail', 'churn_risk'],
    ["I'm taking my business elsewhere.", 'churn_risk'],
    ['@AmericanAir you just lost a customer.', 'churn_risk'],
    ["I'm out. Switching to Spotify.", 'churn_risk'],
    ['We will not be renewing our contract.', 'churn_risk'],
    ['Time to find a new ISP.', 'churn_risk'],
    // conditional threats naming a competitor, in any case
    ['@AmericanAir if my bag is not here by tomorrow I am switching to Delta for good', 'churn_risk'],
    ["@JetBlue if you can't find my bag by Friday I'm taking my business to Southwest", 'churn_risk'],
    ["@united that's it, I'm done with United. booking Delta from now on", 'churn_risk'],
    ['@united goodbye United, hello Alaska', 'churn_risk'],
  ]);
});

describe('churn_risk false alarms', () => {
  signalTable([
    // cancelling an order, flight or booking is not cancelling the relationship
    ['Can I cancel my order? I put the wrong address.', null],
    ['Please cancel my flight on March 3rd, I will rebook later.', null],
    ['I need to cancel my reservation for Friday.', null],
    ["I'm switching my flight to the 5pm, is there a fee?", null],
    ['Can I leave my bags at the hotel after checkout?', null],
    ["I'm leaving for Paris tomorrow, can I get a window seat?", null],
    // a brand's product is not a competitor
    ['I switched to the Delta app and it works', null],
    ['Can I switch to Delta Comfort on my flight tomorrow?', null],
    // third-person report
    ["My friend said she's never flying with you again after what happened.", null],
    // negated threat: they are staying (and with a complaint, that is frustrated_retained)
    ["I really don't want to switch providers but this is the 4th outage this week.", 'frustrated_retained'],
    ["I'm not cancelling, but I'm SO annoyed my refund still hasn't arrived.", 'frustrated_retained'],
  ]);
});

// English lexicon for the near-miss detector: DATA only, no code. Another language adds a sibling
// file of the same shape (types.ts `Lexicon`) and registers it in ../lexicons.ts.
//
// Provenance of the numbers: polarity weights follow the AFINN/VADER convention (about -3..3, strong
// words 3, mild 1) and were set by hand for support language (e.g. "delay" is mildly negative here
// but absent from AFINN); cue weights are 0..1 strengths where 0.6 is the 'balanced' flag threshold
// (see thresholds.ts), so a single cue of weight >= 0.6 is enough on its own and weaker cues need
// company. Phrase `match` syntax is documented on `PhraseRule` in ../types.ts.
// Storage: compact strings decoded once by ./format.ts (formats documented there), so the lexicon
// adds little to the content script. Each table keeps its words, weights and reasons (rule ids are
// numbered on decode).
import type { CompactLexicon } from './format';

// Decoded on first use (lexicons.ts), not when the content script loads.
export const en: CompactLexicon = {
  language: 'en',
  // shorthand, typos and contractions: word=replacement
  normalize: `
u=you,ur=your,evr=ever,nvr=never,swa=southwest,aa=american,diff=different,yr=your,r=are,thx=thanks,thnx=thanks,thanx=thanks,ty=thanks,tysm=thanks,pls=please,plz=please,
plse=please,luv=love,luvin=loving,lovin=loving,luvd=loved,gr8=great,definately=definitely,defintely=definitely,definitly=definitely,
def=definitely,befor=before,recieve=receive,recieved=received,wierd=weird,terible=terrible,horible=horrible,awsome=awesome,
amazin=amazing,realy=really,rly=really,srsly=seriously,tho=though,altho=although,bc=because,cuz=because,
coz=because,b4=before,w=with,wo=without,ppl=people,msg=message,acct=account,acc=account,sub=subscription,
sw=southwest,svc=service,cust=customer,custy=customer,custserv=service,custsvc=service,cs=service,agt=agent,appt=appointment,hrs=hours,
hr=hour,mins=minutes,min=minutes,yrs=years,wk=week,wks=weeks,fav=favorite,fave=favorite,favourite=favorite,
ok=ok,k=ok,kk=ok,okey=okay,alright=alright,allright=alright,aight=alright,gonna=going to,wanna=want to,
gotta=got to,kinda=kind of,sorta=sort of,dunno=do not know,lemme=let me,cancelling=canceling,
cancelation=cancellation,cancelations=cancellations,im=i am,ive=i have,id=i would,youre=you are,youve=you have,
youll=you will,theyre=they are,dont=do not,didnt=did not,doesnt=does not,isnt=is not,wasnt=was not,
werent=were not,arent=are not,cant=can not,cannot=can not,couldnt=could not,wouldnt=would not,
shouldnt=should not,wont=will not,havent=have not,hasnt=has not,hadnt=had not,aint=is not,thats=that is,
whats=what is,theres=there is,lets=let us,can't=can not,won't=will not,ain't=is not,shan't=shall not,
it's=it is,that's=that is,what's=what is,there's=there is,here's=here is,he's=he is,she's=she is,who's=who is,
where's=where is,how's=how is,let's=let us,i'm=i am,y'all=you all,
dissapointed=disappointed,disapointed=disappointed,dissappointed=disappointed,dissapointing=disappointing,
disapointing=disappointing,dissapointment=disappointment,disapointment=disappointment,rediculous=ridiculous,
ridiculus=ridiculous,aweful=awful,frustating=frustrating,frustated=frustrated,embarassing=embarrassing,
incompetant=incompetent,excelent=excellent,exellent=excellent,reccomend=recommend,recomend=recommend,
reccommend=recommend,wonderfull=wonderful,beautifull=beautiful,horrable=horrible,terrable=terrible
`,
  // the public airline-tweet data set replaced "cancel"/"late"/"booking" inside words: "Cancelled
  // Flightled", "reFlight Booking Problems" (keys of two or three words)
  merge: `
cancelled flightled=cancelled,cancelled flighted=cancelled,cancelled flighting=canceling,cancelled flightling=canceling,
cancelled flightation=cancellation,cancelled flightations=cancellations,relate flightd=related,
flight booking problems=booking,flight booking problemss=bookings,reflight booking problems=rebooking,
reflight booking problemss=rebookings,overflight booking problems=overbooking,
else where=elsewhere,in spite=despite,any time=anytime,cancelled flightlation=cancellation,cancelled flightlations=cancellations,late flightr=later,
late flightst=latest,late flightly=lately,mileage plus=mileageplus,rapid rewards=rapidrewards,dividend miles=dividendmiles,
flying club=flyingclub,jet blue=jetblue,us airways=usairways,us air=usair,over charged=overcharged,over booked=overbooked,over sold=oversold,
re booked=rebooked,re booking=rebooking,rip off=ripoff,rip offs=ripoff,ripped off=ripoff,best buy=bestbuy
`,
  // polarity (AFINN/VADER convention, about -3..3) -> words
  polarity: `
3: love loved loves adore amazing amazed awesome excellent fantastic outstanding brilliant wonderful
  superb incredible perfect best exceptional phenomenal stellar flawless flawlessly impeccable
  terrific delighted thrilled gorgeous beautiful great lovely spotless delicious fabulous stunning
  top-notch topnotch lifesaver life-saver saviour savior
3: heavenly divine sublime genius goated
2.5: workhorse loving perfectly exceeded heroes hero legend legends easiest kudos rocks
2: smoothly careful creative thorough responsive prompt speedy fab legit cozy cosy charming cheerful accommodating
  informative handy sturdy affordable effortless snappy elegant enjoyable hospitable skilled talented
  dedicated valuable worthwhile slick good nice happy glad pleased helpful friendly polite professional courteous smooth comfortable comfy
  enjoy enjoyed enjoying impressed impressive recommend recommended fun efficient reliable
  knowledgeable painless seamless intuitive appreciate appreciated grateful satisfied favorite wow yay
  shoutout useful generous caring attentive welcoming tasty yummy excited superfast pleasant pleasure
2: solid ideal
1.5: kind clear patient easy cool helped cute win wins sweet
1: clean quick quickly fast worth thanks thank fixed resolved solved works worked early fresh better
  on-time
0: well worried skeptical nervous hesitant
-3: terrible horrible awful worst disgusting unacceptable ridiculous pathetic useless nightmare disaster
  garbage trash furious livid rude rudely incompetent appalling atrocious abysmal hate hated scam
  outrageous unusable disgusted lied filthy sucks ripoff scammed worthless rudest angry ridic disgrace
  shameful angered hates
3: perfection
2.5: dream exceeding exceeds
3: smoothest nicest
-3: infuriating dirtiest nightmarish appalled inexcusable disgraceful dreadful extortion robbed
-2.5: shocking disrespect disrespectful disrespected neglect neglected neglectful
-2.5: insulting insulted dissatisfied unsatisfied lousy crappy shitty horrendous shoddy miserable pissed screwed dismal
-2: sloppy subpar irritated irritating aggravated aggravating negligent careless inept crap
-2.5: unacceptible unexceptable fuming humiliating insane maddening gutted wtf frustrated frustrating frustration upset disappointed disappointing
  disappointment unhappy bad unhelpful dismissive ignored suck sucked unprofessional clueless
  overcharged defective faulty stranded stranding uncaring unreliable ruined ruin ruining
-2: impossible brutal mad ugly dead underwhelming curt clunky worse dirty broken broke crash crashes crashed crashing buggy glitchy fail failed failing fails
  failure outage outages slow lost wrong mistake mistakes stuck annoyed annoying poor poorly soggy
  overpriced uncomfortable stressful screwing confusing ignoring chaotic chaos mess froze freezes laggy flaky stinks ugh
  smh fml shocked embarrassed embarrassing disconnected damaged hassle painful misinformed misleading terribly
  horribly lame bummed joke overbooked oversold unanswered incorrect wasted waste killing annoyance
-1.5: capped waitlist skipped loud stung undone limited small forgets typo bulky fiddly dull duller flimsy dated outdated awkward inconsistent spotty patchy sluggish tedious costly skimpy
  skimping rough grimy smelly stings bummer tiny weak cold dies tight finicky pricey steep unbelievable bug bugs glitch glitches error errors slower late delay delayed delays cancellations losing missing
  missed cancelled canceled sad bland cramped confused complicated difficult problem problems trouble
  forever messy freezing frozen lags lag noisy smelled smells shame nobody sigh rejected rejecting denied
  chipped inconvenient inconvenience painfully lacking nuts crazy maze dropped freeze greasy burnt
  stale shaky flaw flaws hiccup hiccups kinks quirks quirk snag snags niggle niggles gripe gripes
-2: badly
-1.5: challenges difficulties
2.5: thankful
2: compassionate
-1: slowly expensive issue issues waited waiting drains noise unfortunately sadly
  barely declined mediocre stopped sticky cluttered
-0.5: fee fees
`,
  // emoji and emoticons -> polarity ('sarcasm' marks an ironic one)
  emoji: `
3: 😍 ❤ ♥ 💙 💜 💚 🧡 💛 🥰 🤩 <3
2: 😊 😀 😃 😄 😁 👍 👏 🙌 🎉 💯 🤘 👌 🌟 ☺ 😘 🤗 :) :-) :D :-D =)
1: 🙂 ⭐ ✨ 🔥 😎 ;)
-3: 😡 😠 🤬 🤮 >:(
-2.5: 😤 👎 💔
-2: 🙄 😩 😫 😒 😢 😭 😞 😣 😖 🤦 :( :-( :'(
-1.5: 😔 😕
-1: 😑 😬 :/ :-/
-0.5: 😐 :|
sarcasm: 🙃
`,
  negators: `not no never none neither nor without hardly nothing zero`,
  // multipliers on the next polar word (> 1 boosters, < 1 diminishers)
  intensifiers: `
1.3: very so super totally completely way highly seriously beyond
1.2: really truly too most such
1.5: extremely incredibly utterly
1.4: absolutely insanely
0.6: bit slightly somewhat touch tad
0.7: little kind sort
0.8: fairly mostly
`,
  // 'after': what follows is the point ("but"); 'before': the clause it opens is conceded ("although")
  contrast: `
after: but however though yet except unfortunately
before: although while despite whereas
`,
  classes: {
    fp: `i we`,
    thirdPerson: `he she they friend friends wife husband mom mother dad father son daughter brother sister boss
colleague colleagues coworker coworkers people everyone someone others customers kids parents partner
neighbor neighbors neighbour neighbours his her their`,
    intent: `finally actually basically like wish try trying tried wanting let me help am are is will would be been going to really seriously honestly definitely probably likely just now
already considering thinking about of planning plan want ready have has had do did please totally so
officially also then literally immediately might may could should can need not never and shall time
gladly happily all hereby kindly ok okay so well yeah right decided deciding planning wanted
prepared forced contemplating gonna`,
    relObj: `account accounts subscription subscriptions membership memberships service services plan contract
contracts profile everything policy prime licenses license debit autopay`,
    txObj: `order orders flight flights booking bookings reservation reservations appointment appointments
ticket tickets delivery deliveries item items payment payments trip room request shipment transfer
seat upgrade emails email newsletter notifications meeting call class session bags bag card date
address name data office dog pet car app purchase`,
    providerNoun: `airline airlines bank banks provider providers carrier carriers company companies isp isps vendor
vendors gym store brand platform option options alternative alternatives competitor competitors
competition insurer insurers host supplier suppliers network networks broker brokers airliner airliners go-to`,
    other: `local another different other competitor competitors competition elsewhere new cheaper better someone
somewhere`,
    patron: `fly flying flew shop shopping order ordering buy buying purchase use using book booking stay staying
eat eating come coming return returning go going visit visiting deal dealing choose pick travel
traveling travelling bank banking dine dining rent renting trust see step utilize utilise`,
    cop: `is was were are be been seemed seems felt feels looks looked am`,
    lukeOk: `ok okay fine alright ok-ish okish fine-ish`,
    lukeAdj: `edible average decent mediocre adequate acceptable satisfactory serviceable meh so-so passable
uneventful forgettable lukewarm unremarkable tolerable bearable middling`,
    dim: `just pretty only fairly quite an a overall mostly generally kind of sort basically all honestly
alright mostly somewhat rather perfectly totally`,
    tenureRel: `prime holder renewed customer customers member members subscriber subscribers client clients user users guest flyer flier
fan shopper patron passenger cardholder`,
    tenureUnit: `years year decade decades ages forever lifetime life generations`,
    tenureVerb: `ordered bought buying banked shopped been with used using flown flying shopping banking had ordering stayed subscribed renewed customer
member`,
    youRef: `you your this here the u`,
    ordinal: `second third fourth fifth sixth nth umpteenth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th`,
    questionStart: `how can could is are do does did what where when why will would which who should may whats any`,
    // after "will/would/can" these start a statement whose subject was dropped ("Will be looking elsewhere")
    statementAfterAux: `be have definitely probably def prob also still just rather gladly happily certainly surely
totally absolutely seriously highly now soon try switch cancel fly shop look book move find stick`,
    ratingNoun: `stars star`,
    ratingVerb: `give rate rating say score`,
    bareEnd: `fully altogether entirely completely once shortly eventually permanently forever now today tomorrow tonight soon after at if unless because over and asap effective then too already
immediately for when as next this by`,
    // after "leaving", a time or a place makes it a departure ("I'm leaving at 6", "leaving tomorrow")
    departureAfter: `at today tomorrow tonight soon now shortly next this for by when on in early from`,
    notBrand: `i the a an my our your you it this that later earlier`,
    gratitude: `thanks thank appreciate appreciated grateful`,
    // "Finally got through after 3 hours. Thanks!": relief that names the wait before it
    relief: `finally eventually`,
    // "I understand the weather, but would be nice to hear an apology": grace before a wish or a shortfall
    grace: `understand understandable understood`,
    // loyalty programmes: membership said plainly ("as a MileagePlus cardholder") is a staying cue
    programme: `mileageplus aadvantage rapidrewards dividendmiles skymiles onepass flyingclub trueblue`,
    // airlines and brands customers name when they leave ("switching to Delta", "goodbye United, hello Alaska")
    brand: `delta united southwest american jetblue alaska spirit frontier allegiant hawaiian virgin emirates
lufthansa aa uber lyft verizon att at&t t-mobile tmobile sprint comcast xfinity spectrum netflix hulu disney
spotify apple amazon target walmart bestbuy costco chase citi wells amex paypal venmo airbnb expedia marriott hilton
hyatt doordash grubhub instacart sw swa usair usairways jetblue ally schwab fidelity vanguard monzo revolut chime
sofi discover usaa progressive geico allstate lemonade mint visible cricket starlink hbo paramount peacock
youtube ubereats postmates deliveroo jet2 easyjet ryanair qantas tesco ocado aldi lidl kroger samsung sony bose
lenovo thinkpad dell sonos garmin fitbit oneplus motorola xiaomi etihad klm westjet aircanada airfrance
britishairways icelandair aeromexico avianca volaris sunwing aerlingus jetstar airasia @rival`,
    // a later @mention of another brand than the addressee's (engine.ts reads it as this word)
    rivalRef: `@rival`,
    // status tiers customers name as loyalty ("as a 1K", "Platinum desk", "Gold Dividends member")
    statusTier: `1k 1ker platinum plat gold silver diamond chairman chairmans premier elite executive exec a-list alist
platinums golds premiers elites 1ks
mvp medallion titanium mosaic emerald sapphire ruby 100k trueblue ep`,
    // hashtags that open or close with one of these read as it ("#servicefail", "#poorcustomerservice")
    tagWord: `fail fails sucks ripoff worst bad poor terrible awful horrible nightmare`,
    // units written onto a number ("20years", "3hrs"): the tokenizer splits them off
    unitSuffix: `years year yrs yr months month mos hours hour hrs hr minutes mins min days weeks wks`,
    // adverbs between a verb and its subject ("I'm still not leaving", "we're even switching"); the
    // intent class ("really", "definitely", "just", "so") is passed over already
    subjectAdverb: `still even`,
    // hashtags that mark the sentence before as ironic, as 🙃 does ("Sure love flying with you. #whatajoke")
    sarcasmTag: `sarcasm sarcastic not whatajoke yeahright thanksfornothing`,
    // hashtags that open with a threat to leave ("#NeverFlyUSAirways", "#wontflyagainwithyou")
    leaveTag: `neverfly neveragain nevergoing neverflying neverbooking nevershopping neverusing wontfly wontbeback
notflying nolonger boycott lostmybusiness notanymore sodone moneyelsewhere breakup breakingup lastflightwith
lasttimeflying switching time2switch timetoswitch notcomingback nevercomingback notgoingback nevergoingback
willneverfly willneveruse willneverbook illneverfly youlostacustomer youlostanewcustomer youlostaloyalcustomer
youlostme youlostmybusiness`,
    // hashtags that say goodbye: to the addressee ("#ByeByeJetBlue" to JetBlue) or to no one; to another
    // brand they are a fan's cheer ("#byebyeusairline" to Southwest)
    byeTag: `byebye goodbye nomore`,
    // hashtags that open with a move to the rival they name ("#backtodelta", "#stickingToDelta"): read as
    // the verb, its preposition ("to" or "with", which each entry ends in) and a rival
    rivalTagLead: `backto stickingto stickingwith stickwith switchingto switchedto`,
    // hashtags that open with a loyalty status or programme ("#ExecPlat", "#chairmanlove", "#1Kproblems",
    // "#mileageplus"): read as "frequentflyer" ("#trueblue" is as often a fan's slogan)
    stayTag: `execplat executiveplat chairman platinum 1k premier1k united1k loyal veryloyal diehard mileageplus
aadvantage rapidrewards frequentfl fflyer elevategold alistpreferred silverstatus goldstatus goldmember`,
    // "keep/kept <verb>ing" names a recurring problem ("keeps crashing", "drivers keep cancelling")...
    // what a customer takes elsewhere ("moving my savings to Ally") and where ("a different bank next time")
    moneyObj: `money savings funds deposits accounts mortgage business salary pension paycheck`,
    rival: `brand brands company airline airlines bank provider carrier store service isp restaurant hotel shop app`,
    // a clause that asks ("...but I have a question") is not a shortfall
    asking: `question questions ask asking wondering wonder curious query help`,
    recur: `keep keeps kept`,
    // ...unless the verb is staying or cheering: "keep flying with you", "keep smiling"
    recurOk: `flying using ordering shopping buying booking coming going renewing subscribing doing smiling
rocking shining winning improving growing making choosing traveling travelling banking staying trying
visiting returning recommending supporting working`,
  },
  // verbs: family r<relationship> t<toOther> b<bare> n<negatedIsLeave> a<also+objects>
  intentVerbs: `
cancel r0.9 b0.75: cancel canceling
cancel r0.85 b0.7: cancelled canceled
close r0.9 acard: close closing
delete r0.85 aapp: delete deleting
uninstall r0.8 aapp: uninstall uninstalling
terminate r0.9 b0.7: terminate terminating
end r0.85: end ending
quit b0.75 r0.8 aapp: quit quitting
unsubscribe b0.7 r0.7: unsubscribe unsubscribing
unsubscribe r0.75 b0.75: unsubscribed
leave r0.85 t0.85 b0.75: leave leaving
switch t0.85 b0.75: switch switching
switch t0.85: switched
move t0.85: move moving
migrate t0.85: migrate migrating
go t0.8: going go
renew n0.85: renew renewing
`,
  // =tag;default reason starts a run of rules; then one rule a line: match;weight;flags;reason
  // (an empty reason is the run's default, one starting with ":" extends it; the evidence shows the
  // customer's own words, so a reason says what they mean rather than quoting them)
  // flags: n negatable, p personal, x needsNegative, s impliesSatisfied, q mayRequest, e setsAside, m mildPraise, d namesDisruption, i impliesTrouble, g grantsCause. Match syntax: PhraseRule in ../types.ts.
  phrases: `
=leave;threat to leave
never again;0.85;p
never @patron ** again;0.85;p;: will never come back
never @patron ** ever again;0.85;p;: will never come back
never ever ever? @patron|travel with|on? you|u|@brand|your|this|them|again;0.85;p;: will never come back
never have|need to @patron|travel with|on? you|u|your|this|them? ever? again;0.85;p;: will never come back
never @patron * * ** again;0.8;p;: will never come back
never @patron @brand|you $;0.8;p;: will never come back
never fly|flying|shop|shopping|order|ordering|book|booking|use|using with|w|on @brand|you|u $;0.8;p;: will never come back
never @patron ** your|this|that airline|airlines|company|carrier|bank|store|brand|restaurant|place;0.8;p;: will never come back
why i|we never @patron|book with|from you|u;0.75;p;: will never come back
will be on|with|flying|using|booking|choosing a|an|another|different|other different|other? @providerNoun;0.8;p;their next trip goes to a competitor
rather just? @patron|use|take|try|go with? another|a|different|other different|other? @providerNoun;0.75;p;would rather use a competitor
trying|try another|a|diff|different different|diff|other? @providerNoun;0.7;p;trying a competitor
never * @patron ** again;0.85;p;: will never come back
neveragain;0.8;p;: #neveragain
never see my|our money|business again;0.85;;: takes their money elsewhere
not be coming|going|flying? back;0.8;p;says they will not come back
never|not coming|going|flying|ordering|shopping back;0.85;p;says they will not come back
never|not be back $|here|there|again|ever|anytime;0.85;p;says they will not come back
not think|see i|we will|would|am|are be? be|go|going|come|coming|run|running|head|heading|rush|rushing back|returning;0.8;;says they will not come back
not inspired|tempted|rushing|hurrying|eager to go|come|run|get|rush back;0.75;p;says they will not come back
never want to deal|do business with you|u|your|this|them|@brand;0.8;p;says they are done with you
never want to @patron ** again|ever;0.8;p;: will never come back
want to avoid|boycott you|u|@brand|your|this|the|these airline|airlines|company|carrier|brand|place|store;0.75;p;says they will avoid you
reconsider|rethink my|our future|next;0.75;p;reconsidering the relationship
time for a? change $;0.7;x;says it is time for a change
lesson learned|learnt $;0.7;x;says they learned their lesson
learned|learnt my|our lesson;0.75;px;says they learned their lesson
not make that|the|this same? mistake again;0.7;px;says they learned their lesson
should have|of flown|flew|booked|gone|taken|used|picked|chosen|stuck with? @brand|@rivalRef|another|someone|somebody|elsewhere;0.75;p;wishes they had used a competitor
had|have to book|rebook|buy|fly on|with? a|an? diff|different|another|other airline|airlines|carrier;0.8;p;took the trip to a competitor
booked|bought|flew|flying|booking|rebooked on|with another|a+diff|a+different|other airline|airlines|carrier;0.8;p;took the trip to a competitor
rent|renting|hire|hiring a car|rental instead;0.8;px;takes the trip another way
drive|driving|drove instead;0.8;px;takes the trip another way
rather|gladly drive;0.8;px;takes the trip another way
cx|cancel|cancelled|canceled and drive|rent;0.8;p;takes the trip another way
how|why can|could|should|would i|we|anyone ever? trust you|u|your|them;0.8;p;no longer trusts you
i|we|have|has|definitely|officially|really|totally|kinda|completely|just lost|losing the|my|all love for|after|$;0.7;p;no longer loves you
why did not i|we just? fly|book|take|choose|pick|go with? @brand|@rivalRef;0.85;p;wishes they had used a competitor
wish i|we had|would have? flown|booked|gone|taken|chosen|used|picked with? @brand|@rivalRef|another|someone|elsewhere;0.75;p;wishes they had used a competitor
regret|regretting|regretted booking|flying|choosing|buying|using|ordering|picking|going with? you|u|your|this;0.75;p;regrets choosing you
used to be a|your customer|member|client|subscriber until|till;0.8;p;says they were a customer until now
next time i|we will|would ** fly|book|take|use|choose @brand|@rivalRef;0.8;p;their next trip goes to a competitor
rather drive|walk|swim|bike|crawl|hitchhike|take than fly|flying|book|booking|use|using;0.8;p;would rather not use you again
my|our last flight|trip|order|booking|stay with|on|from you|u ever|$;0.8;p;: their last time with you
from now on it is|its @brand|@rivalRef;0.8;;will use a competitor from now on
goodbye|farewell @brand|you|u;0.75;p;says goodbye to you
give|giving up my|our @statusTier? status|membership|miles|points for|to;0.8;p;giving up their status for a competitor
never|not ever? go|come back $|here|there|again|ever|anytime|and;0.8;p;says they will not come back
never|not see|get another dime|penny|cent|dollar from me|us;0.85;;says they will not pay you again
will|would not @patron ** again;0.8;p;says they will not come back
stop|stopping @patron with|from|at|on you|u|@brand;0.8;p;says they will stop using you
giving|give|gave up on you|u|@brand;0.8;p;says they are giving up on you
consider|considering switching|leaving|cancelling|canceling;0.7;p;close to leaving
no more @brand|you;0.75;p;says they are done with you
avoid|avoiding @brand|you|u;0.75;p;says they will avoid you
place|restaurant|store|shop|hotel|airline|company|spot|chain i|we will|shall|would ** avoid;0.8;;says they will avoid you
i|we will|shall|would ** avoid|avoiding this|that|the|your place|restaurant|store|shop|hotel|airline|company|spot|brand|chain;0.8;;says they will avoid you
not think|believe that? i|we will|would ever? come|go|return|eat|order|stay|fly|book|shop|visit|use|buy|dine|take|bring|recommend|choose|travel ** ** again|back;0.8;p;says they will not come back
not be? @patron from|with|at you|u|your|here|this ** anymore|again;0.85;p;says they will not come back
no longer be? @patron|booking|using from|with|at|on? you|u|your|here|this|there|@brand;0.85;p;says they will not come back
not|never be? converting|continuing|resubscribing;0.75;p;says they will not continue
no longer have|get|getting my|our business|money|custom;0.85;;says you lost their business
not|never have|get|getting my|our business|money|custom ** anymore|again;0.85;;says you lost their business
deleted|closed|terminated my|our account|accounts|membership|subscription|profile;0.75;p;has closed their account
drop|dropping|dropped you|u as|for|$;0.8;p;says they are dropping you
@brand it is $|from|now|then;0.7
@brand here i|we come;0.8;;going to a competitor
port|porting|ported out|away;0.8;p;moving their number to another carrier
pushed|driven|drove|pushing|driving me|us away|elsewhere;0.8;;says you drove them away
not be returning|renewing|extending|continuing|revisiting|rebooking|reordering|repurchasing;0.8;p;says they will not come back
last time i|we ever? @patron;0.8;p
last time @patron|buying|ordering from|with|at|on you|u|here|this;0.8;p
lost|lose|losing a|an|another|one|this|that ** customer|client|flyer|member|passenger;0.85;;says you lost (or will lose) a customer
lost|lose|losing loyal|longtime|paying|frequent|good|two|three|four|five|many ** customers|clients|flyers|members|passengers;0.85;;says you lost (or will lose) customers
lost|lose|losing #num|very|so|some|your|several|few loyal|longtime|paying|frequent|good ** customers|clients|flyers|members|passengers;0.85;;says you lost (or will lose) customers
lost|lose|losing #num loyal|longtime|paying|frequent|good? customers|clients|flyers|members|passengers;0.85;;says you lost (or will lose) customers
you|u just|have lost|lose customers|clients|business;0.85;;says you lost (or will lose) customers
you|u lost|lose customers|clients|business;0.85;;says you lost (or will lose) customers
you|u are|will|be losing|lose business|customers|clients;0.85;;says you lost (or will lose) customers
lost|lose|losing you|u? my|our business|custom;0.85;;says you lost their business
has|have lost mine|my|our ** business|custom;0.85;;says you lost their business
take|taking|took my|our ** business|money elsewhere|somewhere;0.9;n;threat to take their business elsewhere
take|taking|took my|our ** flights|business|money|custom|travel to @rivalRef;0.85;n;takes their business to a competitor
never|not do|doing|conduct business with ** again|anymore|ever;0.85;p;says they are done with you
never|not do|doing|conduct business with you|u|@brand|your|this|them;0.85;p;says they are done with you
switching|changing airlines|carriers|providers|banks;0.8;np;switching to a competitor
will|gonna|should|must|shall switch|change airlines|carriers|providers|banks;0.8;np;switching to a competitor
time to switch|move $;0.75;x;says it is time for a change
time to move on $;0.75;x;says it is time for a change
but|and no more $;0.75;x;says they are done with you
@rivalRef next time;0.8;;their next trip goes to a competitor
@rivalRef from now on;0.8;;their next trip goes to a competitor
@brand|@rivalRef only|exclusively from+now+on|next+time;0.8;;their next trip goes to a competitor
@rivalRef flight|flights|ticket|tickets instead;0.8;p;going with a competitor
get|got|buy|bought|book|booked a|an? flight|ticket|tickets|seat through|with|on another|a|other different? airline|carrier;0.8;p;going with a competitor
your loss $;0.75;x;says you lost a customer
your loss their|our gain;0.8;;says you lost a customer
not|never get|take|steal|see my|our money|business again|anymore;0.8;;says they will not pay you again
you|u were|was my? bae|favorite|fave until|till;0.8;;says you lost their loyalty
think twice|again before|about booking|flying|buying|using|choosing;0.75;p;reconsidering the relationship
made|makes|make me think twice;0.7;x;reconsidering the relationship
my|our flying|days|time|relationship with? you|@brand is|are|was over|done;0.8;;says they are done with you
take|taking|took my|our ** elsewhere|somewhere;0.8;n;threat to take their business elsewhere
jump ship;0.8;n
find|finding|look|looking|shop|shopping for|around? another|a|other new|different|other? @providerNoun;0.75;np;looking for another provider
rethinking|reconsidering|questioning my|our? loyalty;0.75;p;questioning their loyalty
evaluating|considering|exploring|weighing alternatives|competitors|other;0.75;p;evaluating alternatives
evaluating|considering|trialling|trialing|testing|piloting|looking * ** as a|an? replacement|alternative;0.75;p;evaluating a replacement
with a|another competitor|rival;0.7;p;trying a competitor
done paying|ordering|buying|using|flying|shopping|dealing;0.8;p;says they are done with you
gets|get|getting my|our business|money|custom from|now|instead|next;0.8;;their business goes to someone else
this|so close to switching|cancelling|canceling|leaving|quitting;0.8;p;close to leaving
buying|bought the|a|an * instead;0.75;p;buying a competitor's product instead
shopping|shop around $;0.7;p;shopping around for another provider
last month|time|payment|bill|charge you|u will? be? charging|charge|billing|bill|taking me;0.85;;says this is the last time they pay
want|need|wanted it|this|them terminated;0.8;;wants the service terminated
migrate|migrating|moving|move|switching|switch our|my|the|all? team|data|company|business|accounts|users|stuff|everything|teams|store|stores|site|website|shop|workspace|org|app|platform off|away;0.8;p;moving off your product
port|porting my|our number|numbers $|the|when|as|once|next|tomorrow|today|on|in|this;0.75;p;moving their number to another carrier
no|zero chance * ** converting|renewing|staying|continuing|upgrading|paying;0.8;;says they will not continue
reconsidering|rethinking|reevaluating|re-evaluating everything|my|our|whether|that|this|it|$;0.7;px;reconsidering the relationship
want|wants out of this|my|our|the contract|plan|subscription|membership;0.85;;wants out of the contract
not want to deal|do business with you|your ** anymore|again|ever;0.8;;wants nothing more to do with you
done with you|this|your|y|these|them|@brand;0.8;p;says they are done with you
i|we am|are officially|so|just|completely? done $;0.7;x;says they are done
i|we am|are out $;0.7;x;says they are out
i|we am|are|will|be gone $;0.8
@patron ** from now on;0.75;px;will use someone else from now on
last|final straw;0.65
@brand from now on;0.8;;will use a competitor from now on
last time you|u will? get|see|have my|our money|business|custom;0.85;;says they will not pay you again
just|i|we uninstalled|unsubscribed $;0.8;;has left
cancel means cancel;0.85
take|taking|took my|our business|money|custom to;0.85;n;threat to take their business to a competitor
give|giving|gave my|our business|money|custom to;0.85;n;threat to take their business to a competitor
membership|memberships|subscription|subscriptions|account|plan|line cancelled|canceled|closed|terminated $|as|effective|today|now;0.75;p;has closed their account
next laptop|phone|computer|machine|car|tv|device|purchase|headphones|earbuds|console|router|tablet will not be a|an? @brand|you;0.8;p;their next purchase goes elsewhere
next laptop|phone|computer|machine|car|tv|device|purchase|headphones|earbuds|console|router|tablet is|will|gonna ** a|an @brand;0.75;px;their next purchase goes to a competitor
sticking|stick|getting|get|buying|buy with? @brand ** instead;0.8;p;will use a competitor instead
sticking|stick|getting|get|buying|buy with? @brand ** from now on;0.8;p;will use a competitor from now on
thinking|thought about|of cancelling|canceling|leaving|quitting|switching $;0.7;p;close to leaving
cancel|close|terminate|disconnect my|our line|lines|landline;0.8;p;wants their line closed
goodbye|bye|farewell * ** hello|hi|welcome @brand;0.85;;says goodbye to you and hello to a competitor
goodbye|bye forever|for+good;0.6;x;says goodbye
move|moving|moved|switch|switching|switched|going|go|taking|take ** to a|an|the|my? credit union|unions;0.85;p;moving to a credit union
going|go|went|switching|switched|moving|moved|heading back to just|only? @brand $|for|and|now|instead|next|because|since;0.8;p;going back to a competitor
checking|savings|deposits|mortgage|pension|salary|funds|401k|ira ** to|over @brand;0.8;p;taking their money to a competitor
travel|business|money|custom|flying|spend|spending goes|go|going|will to|elsewhere;0.8;;their business goes to a competitor
get|getting out of my|our|the|this ** contract|plan|subscription|membership|lease|agreement;0.8;p;wants out of the contract
not be? @patron|booking|using @brand|you|u|here|there ** anymore|again|ever;0.85;p;says they will not come back
port|porting|ported out? to @brand;0.85;p;moving their number to another carrier
@patron|booking|book|flying|fly with|on? @brand ** from now on;0.85;p;will use a competitor from now on
@patron|booking|book|booked|flying|fly myself|ourselves? with|on? @brand ** instead;0.85;p;will use a competitor instead
for|is|was the last time $;0.75;x;says it was the last time
not giving|give|gonna you|them|u a|another second|third|fourth|last? chance;0.8;p;says they will not come back
found|find|got a|another different|better|cheaper|new ** app|provider|bank|carrier|airline|company|service|store|option|alternative|place;0.75;p;found a competitor
going|go|went|switching|switched|moving|moved|heading back to my|our old|previous|former|usual;0.8;p;going back to a previous provider
next trip|flight|flights|order|booking|vacation|holiday|stay ** on|with|to @brand;0.8;p;their next trip goes to a competitor
give|giving|gave|handing|hand you? my|our notice;0.85;p;giving notice
cancel|cancellation|unsubscribe @relObj? button|link|option|page;0.65;x;looking for the way out
turned|turning|turn|switched|switching|switch off auto renew|renewal|autorenew;0.8;p;turned off renewal
turned|turning|turn|switched|switching|switch auto renew|renewal|autorenew off;0.8;p;turned off renewal
want|need|wanted my|our account|subscription|membership|contract|service closed|cancelled|canceled|terminated|deleted|ended;0.85;;wants their account closed
cancel|canceling|cancelling all|our #num? seats|licenses|users;0.8;;cancelling their seats
one more|last ** and i|we am|are|will be? out|done|gone|leaving|canceling|switching|cancelling|going|moving;0.85;;conditional threat to leave
app deleted|uninstalled;0.75;;deleted the app
signed|signing up with|for @brand $|and|instead|today|now|because|yesterday;0.75;p;signed up with a competitor
giving|give|spend|spending @brand my|our money|business;0.85;;taking their money to a competitor
is|be|was my|our last flight|order|trip|stay|purchase|visit|booking|meal|month|ride|time with|from|at|on you|u|your|this|here;0.8;p;: their last time with you
look|looking|shop|shopping|searching into|at|for other|different|alternative options|providers|alternatives|companies|banks|carriers|airlines|brands;0.75;p;looking for another provider
see|check|checking|seeing|compare|comparing what other|different|alternative|competing companies|providers|carriers|airlines|banks|brands|networks|services|options offer|have|charge;0.75;p;looking for another provider
shop|shopping|looking around for;0.7;p;shopping around for another provider
i|we want|wants out $;0.8;;wants out
lost|lose|losing me as a|your? customer|client|member|subscriber|fan|flyer;0.85;;says you lost them as a customer
lost|lose|losing|loosing a|an|my|our|this|one whole|entire? family|household|company|business|team ** as customers|customer|clients|client;0.85;;says you lost (or will lose) customers
not want|need my|our business|money|custom;0.8;p;says they will take their business elsewhere
should not|never have left|ditched|dropped @brand|@rivalRef;0.8;p;wishes they had stayed with a competitor
displaced|replaced by @brand|@rivalRef;0.8;;going to a competitor
have|has|got me switched|switching;0.8;p;says they have switched
cancelled|canceled my|our order|orders and gone|went to|with @brand|@rivalRef|elsewhere|another|a+competitor|a+local;0.8;p;took the purchase elsewhere
cancelled|canceled my|our order|orders and ordered|bought|got it|one? elsewhere|somewhere+else|from|at|with|instead;0.8;p;took the purchase elsewhere
not sure|unsure if|whether i|we will|would go|come back|return;0.75;p;not sure they will come back
you|u have? just|officially? lost me $|for|forever;0.8;;says you lost them
port|porting|ported my|our? number|numbers|line|lines out|away|over;0.85;p;moving their number to another carrier
transfer|transferring my|our number|numbers|line|lines out|away;0.85;p;moving their number to another carrier
move|moving|moved|pull|pulling|pulled|transfer|transferring my|our @moneyObj|account out|elsewhere;0.85;np;taking their money elsewhere
move|moving|moved|take|taking|took|transfer|transferring my|our @moneyObj to a|an|another? credit|different|new|local|competing|competitor|better|real|online|other;0.85;np;taking their money to a competitor
move|moving|moved|transfer|transferring my|our @moneyObj to @brand;0.85;np;taking their money to a competitor
different|another|other @rival ** next time;0.8;p;will use someone else next time
different|another|other @rival ** from now on;0.8;p;will use someone else from now on
different|another|other @rival instead;0.75;p;will use someone else instead
booked|book|booking|flying|fly ** next|future trip|trips|flight|flights|vacation|holiday|stay on|with|through @brand;0.85;p;booked their next trip with a competitor
next time i|we will|am|are? be? @patron|try|use|go|book|pick|choose ** @brand|elsewhere|someone|somewhere;0.8;p;will use someone else next time
booked|flying|flew|fly|switched|switching|sticking|stick|go|going|went|back|choose|chose|choosing @rivalRef;0.8;p;going with a competitor
booked|flying|flew|fly|switched|switching|sticking|stick|go|going|went|back with|on|to @rivalRef;0.8;p;going with a competitor
rebooked|rebooking|rebook with|on @rivalRef;0.8;p;going with a competitor
book|booked|booking * trip|trips|flight|flights|ticket|tickets|vacation on|with @rivalRef;0.8;p;going with a competitor
paying|paid|pay|spent|spending ** for|on a|an @rivalRef flight|ticket|tickets|seat;0.8;p;going with a competitor
shoutout|kudos|props to @rivalRef;0.75;;prefers a competitor
shout out to @rivalRef;0.75;;prefers a competitor
booked|switched|switching|flying @brand $|instead|today|tonight|tomorrow|now|because;0.75;p;going with a competitor
booked|switched|switching|flying with|on|to @brand $|instead|today|tonight|tomorrow|now|because;0.75;p;going with a competitor
rebooked|rebooking with @brand $|instead|today|tonight|tomorrow|now|because|and;0.75;p;going with a competitor
bought|buying|buy|booked a|an @rivalRef flight|ticket|tickets|seat;0.8;p;going with a competitor
bought|buying|buy|purchased a|an|my|our|the flight|ticket|tickets|seat|seats on|with|from|through @rivalRef;0.8;p;going with a competitor
@rivalRef all the way;0.8;;prefers a competitor
thank god|goodness for @rivalRef;0.8;;prefers a competitor
miles|points on|with @rivalRef;0.7;;prefers a competitor
@rivalRef is|was|are|knows|got|gets|does|did|has|have ** better|safer|sooner|cheaper|faster|nicer|friendlier;0.7;;prefers a competitor
@brand|@rivalRef always? has|had|got my|our back;0.75;;prefers a competitor
next|future intl|international|domestic|work|business|family|long|vacation trip|trips|flight|flights on|with|to @brand;0.8;p;their next trip goes to a competitor
find|finding|look|looking|shop|shopping for new|different @providerNoun;0.75;p;looking for another provider
find|finding|look|looking|shop|shopping new|different @providerNoun;0.75;p;looking for another provider
look|looking|shop|shopping|searching|search at|for|into alternatives|competitors;0.75;p;looking for another provider
never will|would|shall i|we;0.8;p;says they will never come back
no more chances|chance;0.75;;says they will give no more chances
fly|flying|try|trying|use|using|book|booking|shop|shopping|go|going|eat|eating|dine|dining|bank|banking|order|ordering|buy|buying|stay|staying|travel|traveling|travelling someone|somebody|somewhere else;0.75;np;going to someone else
booked|book|flying|fly|going|went|go|try|use|using|travel|traveling|travelling ** with someone|somebody else;0.75;p;going to someone else
boycott|boycotting you|u|@brand|$;0.8;p;says they will boycott you
my|our boycott;0.8;;says they will boycott you
my|our local boycott;0.8;;says they will boycott you
telling|tell|told everyone|people|friends|others never|not to @patron|use|fly|book|buy;0.8;;warns others off you
telling|tell|told everyone|people|friends|others to avoid|stay;0.75;;warns others off you
not in a|any hurry to go|come|return|get;0.8;p;says they will not come back soon
will|would|shall not|never return $|here|there|again|anytime;0.85;p;says they will not come back
not be|try running|going|coming|rushing back;0.8;p;says they will not come back
business|money|custom will|is|am go|going elsewhere|somewhere;0.85;;their business goes elsewhere
business|money|custom goes|going|gone elsewhere|somewhere;0.85;;their business goes elsewhere
stay|staying|stayed|steer|steering away|clear $;0.8;p;says they will stay away
former|ex customer|client|member|flyer|subscriber;0.85;;calls themselves a former customer
ticket|flight|seat|seats|flights on|with another|other|different @providerNoun;0.8;p;going with a competitor
have|found|got a new|different @providerNoun;0.8;p;found a competitor
hello|hi @rivalRef;0.8;;going to a competitor
trying|try @rivalRef;0.8;p;going with a competitor
no fly list;0.8;;says they will not fly with you
no-fly list;0.8;;says they will not fly with you
never ever? again will|would|shall i|we;0.8;p;says they will never come back
not|never ever? go|come|eat|stay|shop|fly here|there ** again;0.85;p;says they will not come back
learned|learnt my|our lesson;0.75;x;says they learned their lesson
debating|rethinking|reconsidering|questioning ** choice|loyalty|decision;0.75;p;questioning their loyalty
stay|staying|stayed|steer|steering away|clear from|of you|u|@brand|them|here|there;0.8;p;says they will stay away
stay|staying|stayed|steer|steering away|clear from|of this|that|the place|store|restaurant|company|airline|product|shop|hotel|brand|app|bank|carrier;0.8;p;says they will stay away
booked|rebooked|rebooking|flew|flying|choosing|choose|chose|go|went|going with|on|to a|an? another|other|different|alternate|alternative @providerNoun;0.8;p;going with a competitor
booked|rebooked|rebooking|flew|flying|choosing|choose|chose|go|went|going another|other|different|alternate|alternative @providerNoun;0.8;p;going with a competitor
found|find|booked|book alternate|alternative travel|transportation|flights;0.75;p;going with a competitor
@brand|which will be? getting|get my|our business|money|custom;0.8;;their business goes to a competitor
from here on out|forward|in i|we am|are|will? @patron|booking|book|flying|fly|going @brand|elsewhere;0.85;p;will use a competitor from now on
first and last ever? time|visit|trip|flight|order;0.85;;says it was their last time
could|would not pay me|us to ** again|back;0.85;;says they will not come back
am|will|going|gonna|to|be returning|return it|them|this|mine|these $|today|tomorrow|asap|immediately;0.7;p;returning the product
am|will|going|gonna|to|be returning|return this|the|my phone|headset|earpiece|product|device|case|charger|item|laptop|tablet;0.7;p;returning the product
sending|send it|them|this back $|today|tomorrow|asap;0.7;p;returning the product
time|thinking|think to|of|about move|moving on $|from;0.75;p;close to leaving
considering|thinking moving on $|from;0.75;p;close to leaving
not|never risk @patron|it|that|this|flying ** again;0.8;p;says they will not come back
not b flying|using|booking|ordering|shopping|buying|coming ** again;0.85;p;says they will not come back
stopped|quit flying|using|booking|buying|ordering|shopping with|from|at? you|u|your|@brand|ago|#num|a|them;0.8;np;says they have stopped using you
not|never ever? be|become a|your customer|client|member|subscriber;0.8;p;says they will not come back
no circumstances would|will i|we ever? return|go|come|eat|fly|@patron;0.85;;says they will not come back
not be @patron|getting|ordering|buying|eating|staying|back ** anytime soon;0.8;p;says they will not come back soon
not @patron|getting|ordering|buying|eating|staying|back ** anytime soon;0.8;p;says they will not come back soon
not be @patron|booking you|u $|again|anymore|ever;0.85;p;says they will not come back
not @patron|booking you|u $|again|anymore|ever;0.85;p;says they will not come back
hard|tough|difficult to justify sticking|staying|keeping|paying|flying|renewing;0.75;p;questioning their loyalty
i|we used to always|only @patron;0.7;p;says they used to choose you
no|zero need|reason to be|stay|remain a|an? loyal;0.8;;says they have no reason to stay
quit|quitting @brand;0.8;p;says they are quitting you
ditch|ditching|ditched|dump|dumping|dumped you|u|@brand;0.8;p;says they are dropping you
ditch|ditching|ditched|dump|dumping|dumped my|this|your|our * ** card|cards|membership|account|subscription|plan;0.8;p;says they are dropping you
get|getting|got rid of my|this|your|our ** card|cards|membership|account|subscription|plan|service;0.8;p;says they are dropping you
doubt i|we will|would ever? be|come|go|coming|going back $|again|here|there|anytime|unless|soon|ever;0.8;p;says they will not come back
doubt i|we will|would ever? return|returning;0.8;p;says they will not come back
last *? phone|phones|laptop|car|device|product|tv|purchase|order|flight|trip|visit for me|us $;0.75;p;: their last time with you
i|we am|are so|totally|officially|just? over you|u|@brand;0.75;p;says they are done with you
nor will|would|shall i|we ever? @patron ** again|anymore;0.85;p;: will never come back
you|your|u are|r? fired $;0.8;;says they are firing you
i|we am|are giving up $;0.7;x;says they are giving up on you
reevaluate|re-evaluate|rethink|reconsider|reconsidering|reevaluating my|our * ** carrier|airline|provider|bank|isp|options;0.75;p;questioning their loyalty
change|changed|changing|switch|switched to another|a|other different|other? airline|carrier|company|bank|provider|isp|insurer|brand;0.8;p;going with a competitor
ended up booking|flying|on|with|taking|buying|going with? @brand|@rivalRef;0.75;p;going with a competitor
flew|flying|booked|went home|back on|with @rivalRef|@brand;0.75;p;going with a competitor
you|u|guys|all ** totally|slowly|really|quickly|seriously|officially|definitely losing me;0.8;;says you are losing them
no way that? i|we am|are|will|would? getting|get|fly|flying|book|booking|going back? on|with ** you|u|your|@brand;0.8;p;says they will not come back
break|breaking up with you|u|@brand;0.8;p;says they are done with you
would rather walk|drive|swim|hitchhike|crawl|bike $|than|home;0.75;p;would rather not fly with you
make|makes|made me|us not|never want to @patron|use|book|return;0.8;p;says you make them want to leave
why would|should i|we even? consider|bother continue|continuing|stay|staying|keep|keeping|renew|renewing;0.85;p;questioning their loyalty
why would|should i|we even? continue|keep|stay @patron|with|loyal|renewing;0.85;p;questioning their loyalty
switching|moving to @brand $|instead|next|now|because|since|permanently|forever;0.75;p;going to a competitor
before i|we go|switch|move|head to @brand;0.75;p;going to a competitor
go|going to @brand instead|permanently|forever;0.75;p;going to a competitor
back to @brand $;0.75;;going back to a competitor
if you|u want|wish|would like? me|us to continue|keep ** @patron|using|loyal|coming|customer|customers|business;0.75;;conditional threat to leave
if you|u want|wish|would like? my|our continued loyalty|business|patronage|custom;0.75;;conditional threat to leave
stop|stopping|stopped @patron you|u|@brand $|now|for|because|after|and;0.8;np;says they will stop using you
quit|quitting you|u $|because|over|for|after|if|unless|and|now|today|soon|forever|completely|altogether|guys|all;0.8;np;says they are quitting you
we|i are|am through $;0.7;x;says they are done with you
loosing a|an|another|one ** customer|client|flyer|member;0.85;;says you lost (or will lose) a customer
you|u are|r not the only choice|option|airline|carrier|game;0.75;;reminds you they have other options
plenty|lots|tons of other airlines|carriers|options|choices|companies|banks|providers;0.7;x;reminds you they have other options
not be? @patron|booking with|w ** again|anymore|ever;0.8;p;says they will not come back
first|1st time ** last time;0.85;;says it was their last time
first|1st time ** and|but ** the|my|our last $;0.85;;says it was their last time
will|might|may|gonna|could just|probably|definitely|certainly|likely? be my|our last time|visit|trip|flight|order|stay|purchase|meal $;0.8;p;: their last time with you
my|our last on|with your airline|airlines|carrier|planes|flights $;0.75;p;: their last time with you
book|booking on|with a|an? another|other|different|alternate|alternative|better @providerNoun;0.75;np;going with a competitor
what incentive do|would|does i|we|anyone have;0.8;;questioning their loyalty
wish i|we could return|cancel|refund it|them|this|the|my|our;0.75;np;wants to return the product
not be loyal anymore|again|any;0.8;p;says they will not stay loyal
stick|sticking to|with airlines|carriers|banks|companies|providers other than;0.8;p;going with a competitor
relationship|relationships is|are over;0.8;;says the relationship is over
not flown|flew with you|u since $;0.8;p;says they have not come back
or lose|losing customers|business|passengers|clients;0.75;;conditional threat to leave
you|u were always? my|our go-to;0.75;p;says they used to choose you
you|u were always? my|our go to $|airline|carrier|bank|store|place;0.75;p;says they used to choose you
will|would not|never @patron|book|booking with|w|on? you|u|@brand;0.8;p;says they will not come back
reconsider|rethink|reconsidering|rethinking any|all my|our? future flights|travel|trips|bookings|business;0.75;p;reconsidering the relationship
will|gonna|going to? try|trying @brand $;0.75;p;going with a competitor
first|1st and only time;0.85;x;says it was their last time
never|no will|would i|we ever? go|come back|return;0.85;;says they will not come back
there will|would not|never be a|another second|2nd|third|3rd|fourth|4th|next time|chance|one? $;0.85;;says there will be no next time
there will|would be no second|2nd|third|3rd|fourth|4th|next time|chance|one? $;0.85;;says there will be no next time
spending|spend anymore money|business|dollars|cash with|on|at you|u;0.8;;says they will not pay you again
spending|spend any more money|business|dollars|cash with|on|at you|u;0.8;;says they will not pay you again
hope|hoping this|it is|was|will be? the last time i|we have|need|will to? @patron|fly|book|deal;0.8;p;: their last time with you
get|got|getting a|an @rivalRef|@brand flight|ticket|tickets|seat;0.8;np;going with a competitor
had to buy|purchase|order a|an different;0.75;p;bought a competitor's product instead
return|returning it|them|this for a|my refund;0.75;np;returning the product
i|we returned the|my|our|this|these phone|phones|unit|units|product|item|device|headset|headsets|earpiece|laptop|tablet|charger;0.75;p;returned the product
i|we returned it|them|this|these $|immediately|within|after;0.7;p;returned the product
=stay;signals they are staying
not going anywhere;0.9
no plans|plan to move|switch|leave|change|cancel;0.8;;says they are not leaving
not dream of using|switching|leaving|going|flying;0.85;;says they would not leave
not use|fly|buy|want anything|anyone else;0.8;;says they would not leave
not want|wanna to? @patron|switch with|on? anyone|anybody|someone|anything else;0.8;;says they would not leave
not switch|leave|change|trade for anything|anybody;0.85;;says they would not leave
not switch|leave|change|trade for the world;0.85;;says they would not leave
always come back;0.8;;: keeps coming back
always be coming back;0.8;;: keeps coming back
miles|points with you|u;0.6;;: loyalty status
still a|my|your fan|favorite|customer|member|go-to;0.75;;: still a fan
i|we do|come|shop|buy|visit|fly|go|order|book|stay ** every year|month|week|summer|christmas|season;0.6;;: a frequent customer
expected|expect|expecting better|more quality|service|care? from;0.6;;: expected better of a brand they rate
membership|loyalty|status has|have|means|carries no|zero|little privileges|perks|benefits|value|meaning;0.6;;: loyalty status
i|we miss you|u|@brand;0.6;;: misses you
still think|believe|feel|say you|u|it|this are|is|r great|awesome|amazing|wonderful|fantastic|the+best;0.7;;: "still" with you
still love|like|believe|trust|flying|using|renewing|ordering|shopping|choose|recommend|paying|subscribed|with|a|order|buy|shop|come|fly|use;0.75;;: "still" with you
keep|continue|continuing @patron|renewing|ordering|coming|subscribing;0.75;;: keeps coming back
stuck with you|u;0.7;;: sticking with you
stayed|stuck with|by? you|u|it|them? through|despite all? the|those|these|every|your|many;0.8;;: stayed despite it
still think|believe you|u are|re the best|greatest;0.75;;: "still" with you
still here though|tho|anyway|anyways|regardless;0.75;;: "still" with you
still here for|with you|u;0.75;;: "still" with you
still think|believe you|u are|re worth it;0.75;;: "still" with you
stick|sticking|stay|staying|stayed with you|u|it|your|my|our;0.8;;: sticking with you
i|we|to will|are|am? stay|staying $;0.8
i|we will be back;0.6;;: will be back
want to keep|stay;0.8;;: wants to keep using you
loyal|loyalty|loyalist;0.7;;: loyalty
still going to come|be back;0.8;;: will keep coming back
long time|term @tenureRel;0.7;;: long tenure
longtime|long-time|long-standing|longstanding|lifelong|old|regular @tenureRel|customers|members|subscribers;0.7;;: long tenure
longtime|long-time|lifelong;0.6;;: long tenure
been with you|u|this|your;0.75;;: long tenure
no real|other|good? alternative|alternatives;0.7;;: no alternative
no real|other choice|option|options for|in|where|around|here;0.7;;: no alternative
not have|got much|any|another|other of? a? choice|alternative|alternatives $;0.7;;: no alternative
nothing else does|compares|comes|works;0.7;;: no alternative
nowhere else;0.7;;: no alternative
only bank|airline|company|one|brand|provider i|we trust|use|fly;0.7;;: the only one they trust
i|we only @patron with? you|u|@brand;0.7;;: the only one they use
only * i|we will? trust|use|fly|drink|buy|eat|wear|order|bank;0.7;;: the only one they use
big|huge|long|loyal|biggest fan;0.6;;: a fan
always be a|your;0.7
never|not @patron|shop anywhere|anyone|nowhere else;0.85;;: would not go anywhere else
always @patron|shop with|at|from you|u|here;0.8;;: always comes back
always my|our go-to|favorite|place|spot|usual;0.7;;: their usual place
my|our hometown|home|local airline|carrier|bank;0.6;;: their usual place
that|this|it will not|never change;0.75;;: says that will not change
family|our|a tradition;0.6;;: a tradition with you
@tenureRel|fan|member|holder forever;0.7;;: long tenure
@tenureRel|fan|member|holder for life;0.7;;: long tenure
mvp|titanium|diamond|platinum|gold|silver|elite|executive status? member|elite|holder|here|and|$|customer|medallion;0.55;;: loyalty status
@statusTier @statusTier? ** member|members|mbr|flyer|flier|flyers|fliers|status|desk|line|customer|customers|traveler|travelers|traveller|travellers|level|tier|medallion|holder|cardholder|preferred|pref|elite|number|agent|agents|lounge|hotline;0.55;;: loyalty status
as a|an @statusTier|trueblue|frequent|freq|elite|premium|loyal;0.55;;: loyalty status
as @statusTier $|i|we|member|members|mbr|flyer|flier|customer|customers|holder;0.55;;: loyalty status
a true|devoted|faithful|longtime|long-time|loyal @brand customer|fan|flyer|flier|member;0.55;;: loyalty status
am|are a|an? @statusTier;0.55;;: loyalty status
@statusTier|status means|meant|is nothing;0.6;;: loyalty status
@statusTier @statusTier means|meant nothing|zero|squat|little;0.6;;: loyalty status
my|our @statusTier|preferred|elite|premier status|membership|tier;0.55;;: loyalty status
@statusTier use|used to be special|something|worth;0.6;;: loyalty status
my|our status $|i|we|should|means|and|level;0.55;;: loyalty status
status should|must matter|count;0.6;;: loyalty status
status members|member|holders|flyers|customers;0.55;;: loyalty status
million|1m miler|milers|flyer|flier;0.6;;: loyalty status
demoted|downgraded|bumped from|down @statusTier;0.6;;: loyalty status
used|use to be my|our go-to|favorite|fav|favourite|choice;0.6;;: used to be their favourite
never had a|any bad|problem|problems|issue|issues|complaint|complaints ** before|until;0.6;;: never had a problem before
never had anything bad to say;0.65;;: never had a problem before
never encountered|experienced|seen|had this ** before;0.6;;: never had a problem before
forced|had to use|fly|book you|u|@brand;0.7;;: no alternative
only flew|fly|use|used you|u|them because;0.7;;: no alternative
i|we @patron|take|took|choose|chose|pick|picked you|u|@brand because|since;0.6;;: chooses you
would|could have switched|left|gone|flown ** if;0.7;;: stayed despite it
fly|flying|flies|travel|traveling|travelling|shop|shopping|order|ordering|book|booking ** every|each week|month;0.6;;: a frequent customer
since your first|very day|month|year|flight|start|beginning|launch;0.75;;: long tenure
reason|why i|we fly|choose|use|pick|book|picked|chose|booked|flew you|u|yall;0.65;;: chooses you
flies|fly|flying|travel|travels #num ** times a|per|every|each week|month|year;0.6;;: a frequent customer
i|we only|always fly|use|book|choose you|u;0.75;;: chooses only you
you|u|yall are my|our fav|favorite|go-to;0.7;;: their favourite
you|u|yall all are my|our fav|favorite|go-to;0.7;;: their favourite
always will be a|your|$;0.7
ride or die;0.75
love you|u|ya guys|all|$|but|you|jetblue|united|delta|southwest|american;0.55;;: affection for the brand
usually|normally|typically|generally ** ** great|good|amazing|fantastic|awesome|excellent|wonderful|love|like|enjoy|raving|rave|happy|pleased|smooth|impressed|defend;0.6;;: usually happy with you
most of the time|times ** amazing|great|good|fantastic|excellent|awesome|wonderful|perfect;0.6;;: usually happy with you
i|really hate to complain|moan|gripe;0.6;p;: slow to complain, still on your side
not one|someone|the+type|the+kind to complain|moan|gripe;0.6;p;: slow to complain, still on your side
i rarely|seldom|never|usually+do+not|do+not+usually|do+not+normally|do+not+often complain|moan|gripe;0.6;p;: slow to complain, still on your side
do not complain|moan|gripe a+lot|often|much;0.6;p;: slow to complain, still on your side
not that i+am|i+was hating|complaining|moaning;0.6;p;: slow to complain, still on your side
i do not mean to be rude|complain|moan;0.6;p;: slow to complain, still on your side
an|a off night;0.6;i;: an off night, so usually better
on|having|had|been an|a off day;0.6;i;: an off day, so usually better
i|we @patron you|u|with a? lot|often|regularly|weekly|constantly|always;0.65;;: a frequent customer
i|we @patron|travel all the time;0.55;;: a frequent customer
i|we @patron|travel a? lot|often|regularly|weekly|constantly;0.55;;: a frequent customer
i|we @patron|travel quite|fairly|very|so a? bit|lot|often;0.55;;: a frequent customer
i|we have|had @patron|flown|travelled|traveled|been a? lot|often|regularly|plenty;0.55;;: a frequent customer
we|us|fellow @statusTier;0.55;;: loyalty status
div|dividend pref|preferred|miles? member|members|status|flyer|flyers|customer|customers|$;0.55;;: loyalty status
every|each single? time i|we fly|flying|travel|book|check|come|eat|order|stay|visit|dine|shop;0.6;;: keeps coming back despite it
everytime i|we fly|flying|travel|book|check|come|eat|order|stay|visit|dine|shop;0.6;;: keeps coming back despite it
never|always fails|fail to disappoint|frustrate|annoy;0.6;;: keeps coming back despite it
never|always fails|fail to let me|us down;0.6;;: keeps coming back despite it
never|always fails|fail to have|be|delay|cancel|lose|get|leave|strand;0.6;;: keeps coming back despite it
happens|happened|happen|happening all the time;0.6;i;: keeps coming back despite it
happens|happened|happen|happening so|way|far too? often;0.6;i;: keeps coming back despite it
happens|happened|happen|happening so many times;0.6;i;: keeps coming back despite it
always happens|happening;0.6;i;: keeps coming back despite it
always the same thing|story|issue|problem|problems|issues with|w you|u;0.6;i;: keeps coming back despite it
always|constantly|consistently been? delayed|late|cancelled;0.6;;: keeps coming back despite it
always|constantly|consistently delay|delays|cancel|cancels|lose|loses my|our;0.6;;: keeps coming back despite it
every|each single? flight|trip|time with|on you|u;0.6;;: keeps coming back despite it
#num|@ordinal time|times in|over|within the past|last ** month|months|year|years;0.6;;: a frequent customer
not remember|recall the last time;0.6;;: keeps coming back despite it
brag|bragging|bragged|rave|raving|raved|boast|boasting about you|u|your;0.6;;: has advocated for you
miss|missing the good? old;0.6;;: misses how you used to be
not use|used to be this|that|like;0.6;;: misses how you used to be
you|u used to have|offer|be|give|fly|serve|run;0.55;;: misses how you used to be
expect|expected|expecting better|more from you|u|yall|@brand;0.6;;: expects better of you
not what i|we expect|expected from you|u|yall|@brand;0.6;;: expects better of you
not what i|we have come to expect from you|u|yall|@brand;0.6;;: expects better of you
every|each flight|trip i|we have had|taken|flown;0.6;;: keeps coming back despite it
every|each flight|trip i|we took|flew;0.6;;: keeps coming back despite it
every|each flight|trip has|had|is|was|gets ** delayed|late|cancelled|canceled|issue|problem|problems;0.6;;: keeps coming back despite it
every time my|our * flight|flights|bag|bags;0.6;;: keeps coming back despite it
#num|two|three|four|five|six flights|trips in a|one|the? week|month|row;0.6;;: a frequent customer
like clockwork;0.6;;: keeps coming back despite it
time and time again;0.6;;: keeps coming back despite it
have|has|ve|'ve come to expect this|that|it|delays|nothing|poor|bad|terrible|horrible|such;0.6;;: keeps coming back despite it
happen|happens|happening so? consistently|regularly|frequently;0.6;;: keeps coming back despite it
week|month|flight|trip|time after week|month|flight|trip|time;0.6;;: keeps coming back despite it
once again flying|flew|traveling|travelling|booked;0.6;;: keeps coming back despite it
as i|we always do|have|order|book|fly;0.6;;: keeps coming back despite it
not a one time|off thing|issue|incident|occurrence|problem;0.6;i;: keeps coming back despite it
pattern of;0.55;;: keeps coming back despite it
service|airline|company|you|u that|which? just|is|are|keeps? getting|gets|got worse;0.6;;: misses how you used to be
bad|suck|sucks|terrible|awful|horrible|poor and getting|gets worse;0.6;;: misses how you used to be
uncharacteristic of you|u|your;0.65;;: misses how you used to be
thought you|u|yall guys|all? were|was the? best|better|different|reliable;0.6;;: misses how you used to be
has|have become like every|all|the other? other|rest;0.6;;: misses how you used to be
service|you|u|it was|were better before;0.6;;: misses how you used to be
was|were such+a|a|so+much|much|so better airline|company|carrier|bank|place|service when|before;0.6;;: misses how you used to be
service|airline|company|quality|food|app|website|site|product|you|u|things|everything has|have gotten|got|become|grown worse|so+much+worse;0.6;;: misses how you used to be
what has|is? happened|happen to your|ur|direct|nonstop|courtesy|free|good;0.6;;: misses how you used to be
service|you|u|it used to be better than? this|before;0.6;;: misses how you used to be
downgrade in service|quality;0.55;;: misses how you used to be
do|does a lot of flying|traveling|travelling|travel;0.55;;: a frequent customer
would hate to change|switch|leave;0.75;;: does not want to leave
paid|pay|paying extra|more just? to fly|use|book|choose you|u;0.6;;: chose you
paid|pay|paying the|a premium to fly|use|book|choose you|u;0.6;;: chose you
@ordinal|second|third|#num week|weekend|month|time|trip|flight|day in a row;0.6;;: keeps coming back despite it
another day|week|weekend|month|trip|flight|monday|friday another;0.6;;: keeps coming back despite it
back to back delayed|delays|cancellations|cancelled|canceled;0.6;;: keeps coming back despite it
#num straight delays|delayed|cancellations|flights;0.6;;: keeps coming back despite it
#num|two|three|four|five in a row;0.6;;: keeps coming back despite it
#num|two|three|four|five delayed|cancelled|canceled|late|bad|lost? flights|trips|delays|cancellations|bags in a row;0.6;;: keeps coming back despite it
@ordinal delay|delayed|cancelled|canceled|cancellation|lost flight|bag? in a row;0.6;;: keeps coming back despite it
0|zero for #num|two|three|four|five;0.6;i;: keeps coming back despite it
my|our last|past #num|two|three|four|five|several flights|trips;0.6;;: keeps coming back despite it
last|past #num|two|three|four|five|several flights|trips have|were|all;0.6;;: keeps coming back despite it
not+one|none of my|our #num|two|three|four|five|last flights|trips;0.6;;: keeps coming back despite it
here we go again;0.6;;: keeps coming back despite it
like|than the? last time;0.55;;: keeps coming back despite it
turned|turning you|u into every|any other;0.6;;: misses how you used to be
#num of my|our #num|last flights|trips;0.6;;: a frequent customer
#num|two|three|four out? of my|our|the|last? #num|two|three|four|five|six flights|trips|legs;0.6;;: a frequent customer
#num|@ordinal @brand|you? flight|flights|trip|trips so? far? in|this|within|over the? last|past? ** week|weeks|month|months|year|days;0.6;;: a frequent customer
of #num|my|our|the|your? flights|trips in|this|within|over the? last|past? ** week|weeks|month|months|year|days;0.6;;: a frequent customer
@patron with|w you|u as much|often as;0.7;;: a frequent customer
give|giving|gave you|u a|another 2nd|second|one|last? more? chance;0.7;;: giving you another chance
can|could still redeem yourself|yourselves;0.7;;: giving you another chance
give|giving|gave you|u one|another|a one|last|2nd|second? more? try|shot;0.7;;: giving you another chance
you|u get|got a|another 2nd|second|one|last? more? chance;0.7;;: giving you another chance
want|trying|try to love|like you|u;0.6;;: wants to keep liking you
have recommended|defended you|your;0.6;;: has advocated for you
defend|defending|defended you|u|your|this;0.6;;: has advocated for you
we|i are|am committed;0.7;;: committed
1k|platinum|diamond|mosaic|gold|executive|elite|premier|prime|million plus|member|flyer|miler|status|here|holder|cardholder|card|for|gold|platinum|diamond|medallion|silver|1k|pro|elite;0.55;;: loyalty status
1k|1ker|premier1k|united1k;0.55;;: loyalty status
frequentflyer|frequentflyers|frequentflier;0.55;;: loyalty status
as a|an @programme ** member|holder|cardholder|flyer|flier|customer;0.55;;: member of the loyalty programme
@programme explorer|club|credit|visa|amex? member|members|customers|card|cardholder|cardholders|flyer|flyers|flier|fliers|elite;0.55;;: member of the loyalty programme
am|are a|an? @programme;0.55;;: member of the loyalty programme
frequent|freq @brand|you? flyer|flier|flyers|fliers|traveler|travelers|customer|customers|guest|shopper|user|buyer;0.6;;: frequent customer
=suggest;suggestion: names something to improve
hopefully|hopefuly;0.6;i;: still hoping it gets sorted
fingers crossed it|the|that|they|we|i|for|this|everything|my|our|he|she|nothing;0.6;i;: still hoping it gets sorted
like|love|prefer|want to be treated|served better|fairly|properly|right|with+respect;0.6;;says what would make it better
hoping|hope for no|fewer|less|better|smoother|quicker|faster|a+better|a+smoother|a+quicker|good+news;0.6;i;: still hoping it gets sorted
i|we hope we|i|it|they|the|my|our|this|that|everything|things|someone|somebody|nothing|he|she;0.6;i;: still hoping it gets sorted
could|should|can be|get a? bit|little|touch|tad|lot|much? sturdier|slimmer|sharper|thinner|lighter|cleaner|faster|quicker|cheaper|bigger|clearer|easier|warmer|hotter|smoother|shorter|friendlier|nicer|simpler|brighter|quieter|larger|louder|softer|longer|tidier|fresher;0.65;;says it could be better
could|can|would you please? add|include|offer|consider|allow|bring|let|stop;0.6;;request: names something to improve
would be #num|five|ten stars|star;0.7;;says what would make it better
would be perfect|ideal|flawless;0.7;;says what would make it better
would be the|a perfect|ideal|best flight|trip|stay|experience|airline|phone|product|app|service;0.7;;says what would make it better
i|we would prefer;0.6
just an|a idea|suggestion|thought $;0.6
why not just? put|make|have|add|let|offer|send|use|give|allow|bring|move|open;0.6
would give|rate it? #num|five stars|star? if;0.7;;says what would make it better
would have given|rated it? a|an|full? 4|5|8|9|10|four|five|eight|nine|ten|perfect stars|star|marks? if|but|for+sure|easily;0.7;s;says what would make it better
would pay more|extra;0.6;;says what would make it better
now if;0.6;;suggestion: names something to improve
would|will seal the deal;0.7;;says what would make it better
would|it sure|really|certainly|definitely|surely? be nice|great|better|awesome|helpful|good|cool|ideal if you|u can|could|would;0.7;q
would|it sure|really|certainly|definitely|surely? be nice|great|better|awesome|helpful|good|cool|ideal if;0.7
would|it sure|really|certainly|definitely|surely? be nice|great|better|awesome|helpful|good|cool|ideal to|for|$;0.7;q
would make it|this|things even? better|perfect|easier;0.7
would be even better;0.7
would have been nice|great|better|helpful;0.7
would have helped;0.7;q
would help;0.6;q
would be helpful;0.6;q
cherry on top|the;0.7
may|might|could make for|it a|an? better;0.6;;suggestion: names something to improve
systems|system|website|app|site|process|policy|policies needs|need help|work|fixing;0.65;;says it needs work
worth fixing|looking|improving;0.6
worth a look;0.6
would love it? if|to see;0.7
would love;0.6;q
would love to come|return|visit|go|be|try|help;0
would love more|some|any|the|an? info|information|details|update|updates|news|help|answer|answers|response|reply|call|callback;0
would love a|an|some|more|the|instant|faster|better|it;0.6;q
wish|wished|wishing;0.6;;wish: names something to improve
if only;0.6;;wish: names something to improve
only thing;0.65;;names the one thing to improve
only thing|things that|which|i|we? i|we? think|wish|would|could|dislike|disliked|disappoint|disappointed|disappoints|bothered|bothers|bugged|bugs|missing|lacking|wrong|bad|negative|improve|change|hate|hated|not;0.75;s;names the one thing to improve
only thing|things that|which|i|we? i|we? was|were|am|is|did|do not;0.75;s;names the one thing to improve
wish|hope you|u|they would|will|could|did? fly|flew|flies|expand|expanded|come|came|serve|served|went|started|start|open|opened to|into|out|from|in|more|flights|routes|service|a|an|back|here|there|#num;0.75;s;wants more of you
when will|are|can you|u|we|i be? able|going|gonna|add|fix|bring|support|start|offer|get|coming;0.6;;request: names something to improve
what would be great|awesome|amazing|nice|better|cool|perfect|awesomer;0.7;;says what would make it better
what would make it great|awesome|amazing|nice|better|cool|perfect|awesomer;0.7;;says what would make it better
just|only missing|needs|need|lacks|lacking a|an|the|more|some;0.7;q;names something missing
only|one big|real|major? suggestion|request|wish|downside|issue|complaint|problem|gripe|negative|con|let-down|letdown|drawback|criticism|niggle|quibble;0.75;s;names the one thing to improve
only|one down note|side;0.75;s;names the one thing to improve
only very|really|slightly|mildly|real|truly? disappointing|bad|negative|annoying|frustrating|irritating|sad|unfortunate|disappointment thing|things|part|aspect|bit|point;0.75;s;names the one thing to improve
main|biggest thing|things i|we did|do not like|enjoy|love;0.75;;names the one thing to improve
biggest|main suggestion|request|wish|downside|issue|complaint|problem|gripe|negative|con|let-down|letdown|drawback|criticism|niggle|quibble;0.75;;names the one thing to improve
one|small|minor|little suggestion|request|gripe|complaint|thing|issue|niggle;0.7;;names something to improve
could|can be|use better|improvement|improving|more|some|work|less;0.65;;says it could be better
could|can use a lot|bit|little more|less;0.65;;says it could be better
needs|need more|work|improvement|improving|fixing|attention;0.65;;says it needs work
room for improvement;0.65;;says there is room for improvement
not so much $;0.7;qe;contrast: one part fell short
not so much|great|good|hot|helpful|friendly|nice|fast|quick|lucky|smooth;0.7;;contrast: one part fell short
one|1 thing|request|suggestion is|though|$;0.7;;names the one thing to improve
a|quick|small|friendly|little|humble suggestion $;0.7;;offers a suggestion
less so;0.7;;contrast: one part fell short
just not at|in|on|for|when|that|the;0.65;qe;contrast: one part fell short
other|outside|aside|apart than|then|of|from that|this|which;0.7;qe;sets aside a shortfall named before
besides that|this;0.7;qe;sets aside a shortfall named before
other|outside|aside|apart than|then|of|from the|a|an|my|your|our|one|being|having *;0.65;qe;names the one thing that fell short
otherwise $;0.7;qe;sets aside a shortfall named before
too bad|shame|pity;0.6;;names something that fell short
please|pls|plz add|bring|consider|allow|include|improve|fix|make|get|stop|fill|restock|sort;0.55;;request: names something to improve
please|pls|plz let me|us hide|choose|pick|skip|filter|edit|remove|change;0.55;;request: names something to improve
should|maybe;0.4
=lukewarm;lukewarm
pretty|fairly|just|very standard;0.65
not go out of my|our way;0.6
@cop|kinda|pretty|honestly|just|so mid $;0.65
nothing i|to would? rave|brag|write about|home;0.7;;: nothing to rave about
about|exactly|basically|just what i|you|one would? expected|expect;0.6;;: about what they expected
@cop @dim? @dim? @lukeOk;0.6
@cop @dim? @dim? @lukeAdj;0.65;;: middling words
@lukeAdj $|experience|service|food|meal|flight|stay|product|app|hotel|room|quality|value|overall|at|tbh|honestly|really|i;0.65;;: middling words
@lukeAdj;0.5;;: middling words
just|only|pretty|fairly @lukeOk;0.5
pretty|fairly|reasonably good|happy|decent|satisfied|satisfying|satifying|well|solid|easy;0.65;m;: "pretty good" is a seven, not a ten
just|only ok|okay|fine $;0.6
fine|ok|okay|decent|good for the price|money;0.65
not worth the hype;0.6
not very|really|that|overly|particularly|terribly|super|all+that impressed;0.65;;: not impressed, not upset
was|were hoping|expecting for? more $;0.6;;: hoped for more
could|might be worse|better $|could;0.6
works|worked|working ok|okay|fine|alright;0.55
an|a ok|okay|fine|alright|so-so *;0.6
ok|okay|fine|alright|good i guess|suppose;0.75
i guess|suppose $;0.3;;hedged: "I guess"
not bad|terrible|awful $|though|but|not|overall|i|for|either;0.6
not the best|worst;0.6
not great|amazing|awesome|wow|impressive|special|exciting|terrible|perfect|horrible;0.45
was|is not bad;0.55
nothing special|memorable|amazing|great|spectacular|extraordinary|fancy|exciting|remarkable|stood|stands|outstanding|wrong;0.7
could|might have been better|worse;0.65
does|did|gets|got|get|do the job|trick;0.6
good|ok|fine|solid|decent enough;0.7
not great|amazing either;0.7
middle of the road;0.8
so so;0.75
neither happy|satisfied|good|bad;0.8;;: neither happy nor unhappy
mixed feelings|bag|experience;0.7;;: mixed feelings
love hate relationship;0.75;;: mixed feelings
love-hate relationship;0.75;;: mixed feelings
not|nothing much to complain about;0.65;;: nothing much to complain about
for what it is;0.5
expected a? bit? more|better;0.55;;expected more
expect|expected|expecting a little? bit? more|better;0.55;;expected more
not what i hoped|expected;0.5;;expected more
some good some bad;0.7;;: some good, some bad
not|nothing much? else|more to say;0.6
whatever $;0.3
at best;0.4
fair|ok|okay|average|mediocre|decent|passable at best;0.75;;: middling at best
get|got what you|u pay for;0.6;;: you get what you pay for
reasonably|moderately|relatively good|nice|decent|ok|okay|fine;0.6;;: middling words
not that|all that? great|good|impressive|special|amazing;0.6;;: not that great
=sarcasm;sarcasm
great|nice|wonderful|awesome|fantastic|brilliant|terrific|lovely|excellent|amazing|stellar|fine|real ** you|u|ya|yall got|have|run|running going? there $;2;;sarcasm, not praise: "great system you got there"
never|always fails|fail to disappoint|frustrate|annoy;3;;sarcasm, not praise: "never fails to disappoint"
never|always fails|fail to let me|us down;3;;sarcasm, not praise: "never fails to let me down"
at its|their|your best;2;;sarcasm, not praise: "at its best"
not in a good way;2;;sarcasm, not praise: "not in a good way"
good|great|nice|clever|brilliant scam|racket|con;2;;sarcasm, not praise: "a good scam"
perfect|great|fantastic|wonderful|brilliant|impeccable|awesome timing;2;;sarcasm, not praise: "great timing"
great|perfect|awesome|wonderful|fantastic|lovely|nice|brilliant|terrific|cool|love another|again;2;;sarcasm, not praise: "great, another ..."
oh good|great|perfect|wonderful|fantastic|awesome|lovely|brilliant|nice|joy;2;;sarcasm, not praise: "oh great"
great just great;2;;sarcasm, not praise: "great, just great"
thanks|thank you? a|so|very? lot|much? for nothing|ruining|losing|wasting|ignoring|nada;3
so much for;2
yeah|ya right;2
love|loving how i|we have|had|get|got|need|must;2
love|loving|enjoy|enjoying being|waiting|sitting|spending;2
love that for me|us;2
such|what a great|perfect|wonderful|fantastic|nice|lovely way to;2
good|great|nice|fantastic job|work|going losing|ruining|canceling|breaking|again;2;;: "great job ..." after trouble
nice|good try;2
good luck getting|reaching|with|finding|trying|if;2
had one job;3
=praise;praise
so|very|really|super|extremely kind;2
overall|generally very|really|pretty? happy|satisfied|pleased|positive;3;;: happy overall
blazing|lightning|super fast|quick;2.5
does|did exactly what i|we need|needed|want|wanted;2.5
crystal clear;2.5
very|really|super|extremely decent|reasonable;2
reasonable|reasonably price|prices|priced;1.5
hit the spot;3
spot on;2.5
above average|par;2
top notch|shelf|tier;3
not fault;2.5
not bad at all;3
no complaints|complaint|issues|problems|problem|regrets;2
never had a|any problem|problems|issue|issues;2;;: never had a problem
could|can not be|have+been happier|better|nicer|friendlier|kinder|easier|smoother|sweeter|more+helpful|more+accommodating|more+understanding|more+patient|more+professional|more+kind|more+friendly|more+attentive|more+gracious|more+caring|more+courteous;3;;: could not have been better
deserves|deserve a raise|promotion|medal|award|bonus;3
well|better taken care of;2.5
positive experience|experiences;2.5
a positive experience;2.5
super rep|reps|agent|agents|staff|crew|team|guy|lady;2.5
rate|rated it|this|them|you|u|the|that? device|product|phone|app|airline|service|place|company? high|highly;2.5;;: rates it highly
sweet as pie;2.5
not say|thank+you|thank+u enough;3
above and beyond;3
out of their|her|his|your way;2.5;;: went out of their way
you|guys|team|crew rock|rocked|rule;3
keep it up;2
keep up the;2
made my day|trip|week;3
never disappoint|disappoints|fail|fails;3
like a charm;3
would|will definitely|probably|totally|gladly? fly|order|buy|book|stay|come|shop|use|recommend|visit|go ** again;2;;: would come again
worth it|every|the;2
nice|great|lovely touch;2.5
saved my|the|us;2.5
really|truly|so like|liked;2
i|we really? like|liked;2
well done;2.5
a|an|absolute|total|real star|gem|rockstar|superstar;3
a|such a|total|real|absolute? class act;2.5
nuts|crazy|wild about|for you|u|yall|ya|them;2.5
digging|diggin the|this|these|your|ur;2
thanks|thank you? for getting|got me|us|my|our;2;;: thanks for a concrete help
thanks|thank you? for the? upgrade|rebooking|sorting|fixing|rebook|lift;2;;: thanks for a concrete help
=neutral
no worries|problem;0
hate to complain|moan|gripe;0
=praise;praise
hats off;2.5
shout out;2.5
props to;2.5
thank|thanks you? so|very much for?;1.5;;thanks
=complaint;complaint
thin walls;2
no excuse|excuses for|to;3;;: says there is no excuse for it
not enough;1.5;;: not enough
not make|making|made it $|to|onto|on|in|through|home|back|out;1.5;;: did not make it
least helpful|friendly|reliable|satisfactory|professional|comfortable|efficient|accommodating|pleasant|organized|competent|caring|courteous|responsive;2.5;;: "the least helpful" is not praise
fell|falling|falls|fall apart;2
runs|run|running small|large|big|narrow|short;1.5
always|constantly a queue|line|wait;1.5
not as good|great|nice|tasty|fresh;2
below average|par;2
not in a good way;2.5
not do|get the job|trick;2
sick|tired of|with;2.5
fed up;2.5
out of hand|control;2
getting|gets old;2
something|things has|have|need|needs|got to? change|give;2;;: something has to change
not good enough;2.5
could|can not be|have been? worse;2.5;;: could not be worse
not happy|pleased|satisfied|impressed|ok|okay|acceptable|cool|fine;2.5
come on $|man|guys|now|really|seriously|people|you|u|folks;2
get it together;2
do better;2
step it up;2
get your act;2
on hold;1.5;;: kept on hold
hung|hang|hangs up;2.5;;: hung up on
no|never call back;1.5;;: no call back
no|never callback|reply|response|answer|update|updates|info|information|help|communication|announcements|explanation|wifi|water|voucher|apology|solution|resolution|compensation;1.5;;: nothing came back
zero updates|announcements|help|communication|info|information|response|stars;1.5;;: nothing came back
never arrived|showed|came|got|received|heard|answered|responded|called|shipped|delivered|returned;2;;: never happened
never worked|works|work|working|shows|loads|loaded|connects|connected|syncs|synced|updates|updated;2;;: never works
not make it;2;;: did not make it
stopped|stops|quit|quits working|charging|responding|loading|syncing|connecting;2;;: stopped working
why do not you|u|they|yall have|offer|sell|carry|make|serve ** anymore|any+more;1.5;;: took away something they liked
you|u|they no longer have|offer|sell|carry|make|serve;1.5;;: took away something they liked
still can not;1.5;;: still not resolved
waited|waiting ** hour|hours|forever|ages|weeks|days|months;1.5;;: waited too long
#num|two|three|four|five|six hour|hours|hr|hrs|minute|minutes|min|mins wait|waits|hold|queue;1.5;;: waited too long
held|sat|sitting|parked ** for|over ** hour|hours|forever|ages;1.5;;: waited too long
slipped|slips|slipping by? a|an|#num|two|three|four|five|six|another|few|several? day|days|week|weeks|month|months;1.5;;: a delay
hold music;1.5;;: kept on hold
took|takes|taking|took+quite a|quite|some while;1;;: slow
a|the|another|big|huge mix up|ups;1.5;;: a mix-up
mixup|mixups;1.5;;: a mix-up
paper thin;2;;: thin walls
still no|not|nothing|waiting|broken|missing|stuck|down|has|have;1.5;;: still not resolved
not work|working|load|loading|open|sync|syncing|connect|let|help|helping|listen|answer|respond|care|show|arrive|solved|fixed|resolved;2;;: does not work
drives|driving|drove me nuts|crazy|insane|mad|up;2.5;;: drives them crazy
waste|wasted|wasting of? my|our time|money|day;2.5;;: wasted time
@cop|went|goes|go|keeps|keep going? down;1.5;;: outage
log|logs|logged|logging|kicks|kicked|kicking me out;1.5;;: logs them out
took|takes|taking|take ** forever|ages|hour|hours|weeks|days|months|long;1.5;;: took too long
too long|many|much|slow|small|short|early|expensive|pricey|loud|noisy|hot|cold|salty|sweet|fast|hard|complicated|confusing|tight|thin|crowded|busy|high|steep|greasy|dark|heavy|weak;1.5
timing|times|timed|time out;2;;: times out
wait|waits|queue|line|lines|hold|delay|delays|wait-time @cop? so|very|too|really? long|forever|endless|ages;2;;: long wait
what is going on;1.5
no one can|could|seems|cares|knows|answered|helped|responded|called|is|at|on|in;1.5;;: nobody helps
nobody|noone can|could|seems|cares|knows|answered|helped|responded|called|is|at|on|in;1.5;;: nobody helps
not|never recommend;2.5;;: would not recommend
testing my|me patience;2;;: losing patience
patience is|has wearing|running|worn|run|grown thin|out|short;2;;: losing patience
losing patience;2;;: losing patience
making it hard|difficult;2
expect|expected better;2;;: expected better
charged|billed twice;2;;: charged twice
double charged|billed|charging;2;;: charged twice
out of order|service|stock;1
out of sync;2
a|such|real pain;2
ran|run|runs|running out;1.5;;: ran out
bit|little|touch|tad short|small|slow|loud|long|pricey|expensive|tight|cold|bland|salty;1.5;;: a mild shortfall
price|prices|bill|premium|fees|rates went|go|going|gone|has|have up;1.5;;: price went up
price|prices|bill|premium|fees|rates jumped|increased|doubled|spiked|skyrocketed;1.5;;: price went up
this|it|that has|needs to stop;2
feels|looks|felt|looked cheap|flimsy;2
have|had to chase|beg|fight;2;;: had to chase
had|has|have no idea|clue;2;;: staff had no idea
regret|regretting;1.5
why can|could|does|did|do|will|would|is|are not;2;;: asks why something fails
why no;1.5;;: asks why something fails
can|could not book|reach|log|login|access|check|change|connect|load|use|contact|print|upgrade|select|pick|board|rebook;2;;: cannot get it done
unable to book|reach|log|login|access|check|change|connect|load|use|contact|print|upgrade|select|pick|board|rebook;2;;: cannot get it done
jam packed;1.5
behind schedule;1.5;;: running late
no|zero|any respect|regard|consideration|concern|empathy|compassion|courtesy for;2.5;;: no respect for customers
lack of;2;;: something is lacking
is this how you|u treat|reward ** customers|loyal|people|passengers|members|guests;2.5;;: customers treated badly
treat|treated|treating|treats me|us|customers|people|passengers|members|guests like this|that|garbage|trash|crap|dirt|cattle|animals|criminals|idiots|children;2.5;;: customers treated badly
customers|members|passengers|people ** like garbage|trash|crap|dirt|cattle|animals|criminals;2.5;;: customers treated badly
treated like garbage|trash|crap|dirt|cattle|animals|criminals|idiots|children;2.5;;: customers treated badly
@ordinal email|emails|message|call|ticket|request|chat|attempt|complaint|reply|follow-up|followup about|on|regarding|asking|for|to|i|this;2;;: had to ask again
is|was this how you|u let|allow|want|expect ** treat|reward ** customers|loyal|people|passengers|members|guests|flyers|fliers|@statusTier;2.5;;: customers treated badly
long|lengthy|endless wait|waits|queue|queues|line|lines|hold;1;;: long wait
no dice;1.5;;: refused
making|made|make it|things|life harder|impossible;2;;: makes things harder
=intensity;intensity
@ordinal * this|today|in|since|now;0.5;;: repeated problem
@ordinal time|day|week|package|order|flight|invoice|cancelled|missed|faulty|outage|wrong|delay;0.5;;: repeated problem
#num|two|three|four|five|several|multiple|many times|calls|emails|outages;0.4;;: repeated problem
again|repeatedly|constantly|constant|keeps|kept|everytime;0.3;;: it keeps happening
every single? time;0.35;;: it keeps happening
yet another;0.35;;: it keeps happening
in a row;0.4;;: it keeps happening
twice;0.3;;: it keeps happening
=recovery;sets the trouble aside: a satisfied customer after a problem
no worries|problem|prob;0.6
all good;0.6
not your|ur|yalls|their fault;0.6;g
forgive you|u|ya|yall|guys|them|it;0.6;i
is|all forgiven;0.6;i
are forgiven;0.6
during|amid|amidst|through|despite|after all? the|these|those|our|my|today's? major|long|many|multiple|several|all? delays|delay|cancellations|storm|chaos|mess|craziness|crisis|disruption|disruptions;0.6;d;praise through a disruption: a satisfied customer after a problem
with all the|these|those delays|cancellations|chaos|craziness|disruptions;0.6;d;praise through a disruption: a satisfied customer after a problem
despite|amid|amidst|during the|these|those|our|my|all+the|all+these|today's ** challenges|difficulties|circumstances|weather|snow|storms|setbacks|hiccups|issues|problems;0.6;d;praise through a disruption: a satisfied customer after a problem
after|despite|although|though our|the|my flight|flights was|were|got|being cancelled|canceled|delayed|diverted|overbooked;0.6;d;praise through a disruption: a satisfied customer after a problem
know|realize|realise|appreciate|get that? you|you+guys|yall|it|things|everyone|your+team|your+staff are|is? all? busy|swamped|slammed|overwhelmed|stretched|short-staffed|understaffed|doing+your+best|doing+their+best|trying+your+best|trying+hard|working+hard|working+on+it;0.6;g;grace: sees the pressure the company is under
no need for|to apologies|apology|apologize|apologise;0.6;;grace: sets the apology aside
luckily|thankfully|fortunately;0.6;;luck saved the day: a satisfied customer after a problem
thanks|thank you|u? for the|your|ur? quick|prompt|fast|speedy|kind? response|reply|help|credit|voucher|refund|compensation|update|updates|info|assistance|acknowledgement|apology|answer|concern|support|explanation|compassion|understanding|patience|clarification|transparency|honesty;0.6;;thanks for putting it right: a satisfied customer after a problem
thanks|thank you|u? for the|your|ur? #num credit|voucher|refund|miles|points;0.6;;thanks for putting it right: a satisfied customer after a problem
thanks|thank you|u? for the|your|ur? credits|vouchers|refunds|upgrade|upgrades|compensation;0.6;;thanks for putting it right: a satisfied customer after a problem
apologizing|apologising|apologized|apologised personally? for the|my|our|your|all the? problems|problem|issue|issues|delay|delays|inconvenience|trouble|mixup|confusion|wait|mess|outage|outages|error|errors|mistake|cancellation?;0.6;d;an apology that put it right: a satisfied customer after a problem
kind|nice|helpful|understanding|gracious|patient|sweet|great|professional|accommodating|friendly|amazing|awesome|wonderful about|regarding|with the|our|my|this|that|today's? flight? delay|delays|cancellation|cancellations|mixup|wait|situation|issue|issues|problem|problems;0.6;d;praise through a disruption: a satisfied customer after a problem
thanks|thank you|u? for fixing|compensating|helping|answering|responding|replying|sorting|rebooking;0.6;;thanks for putting it right: a satisfied customer after a problem
thanks|thank you|u? for taking care;0.6;;thanks for putting it right: a satisfied customer after a problem
thanks|thank you|u? for following|reaching up|out;0.6;;thanks for putting it right: a satisfied customer after a problem
appreciate|appreciated the|your quick|prompt|fast? response|reply|help|update|credit|apology;0.6;;thanks for putting it right: a satisfied customer after a problem
fixed|fix|fixing|solved|solve|resolved|resolve|corrected|handled|sorted|turned my|our|the|a|this|that|all? poor|bad|terrible|awful|whole? complaint|complaints|nightmare|mess|experience;0.6;d;put the trouble right: a satisfied customer after a problem
made|makes|making it|this|things|everything|that right $;0.6;i;put right what went wrong: a satisfied customer after a problem
redeemed yourself|yourselves|themselves|himself|herself|itself|you|u|@brand;0.6;i;put right what went wrong: a satisfied customer after a problem
nice|great|good save;0.6;i;put right what went wrong: a satisfied customer after a problem
took|taken care of it|everything|things|that|the+problem|the+issue|my+problem|my+issue;0.6;i;put right what went wrong: a satisfied customer after a problem
worked out in+the+end|after+all|eventually;0.6;i;put right what went wrong: a satisfied customer after a problem
got|had us|me|it|things|everything|this|that straightened|sorted out?;0.6;i;put right what went wrong: a satisfied customer after a problem
turned it|things|everything|my+day|our+day|the+day|my+trip|our+trip around;0.6;i;put right what went wrong: a satisfied customer after a problem
=neutral
nothing short of;0
frequent|freq flyer|flier number|numbers|#|id;0
can|could|may i|we still use|fly|book|get|change|cancel|redeem|travel|board|keep|apply|claim;0
it is|its ok|okay|fine|alright i|we|it fixed|sorted|solved|figured|found|managed|worked;0
my|our own? mistake|bad|fault|error $;0
my|our amazing|awesome|wonderful|beautiful|lovely|gorgeous|sweet|precious|fabulous wife|husband|kids|son|daughter|family|mom|dad|mother|father|friend|friends|wedding|vacation|holiday|honeymoon|dog|baby|girlfriend|boyfriend|conference|birthday|anniversary|niece|nephew|grandma|grandmother|partner;0
i|we|i+have|we+have|i+had|we+had|i+finally|we+finally|i+just|we+just took|taken care of it|everything|things|that|this;0
hopefully|hopefuly|fingers+crossed see|meet|visit|catch|fly you|u|ya|again|soon;0
hopefully|hopefuly|fingers+crossed|i+hope|we+hope we|i will|can|get+to|would? see|meet|visit|fly|travel|come|be|book|catch|stay you|u|ya|again|back|soon|with|there;0
good|funny joke|jokes;0
happy|merry birthday|bday|holidays|holiday|thanksgiving|easter|christmas|xmas|friday|monday|valentines|anniversary|hour|hours|hanukkah|diwali;0
would be more? than? happy|glad|willing to;0
make|keep|making|keeping your|the|our? customers|passengers|clients|people|guests|travelers|travellers|flyers|fliers happy|satisfied;0
loyal|dedicated|hardworking|hard-working|long-serving employees|staff|workers|crew|crews|pilots|agents|team|dog|dogs|fans|fanbase|followers;0
ice cold;0
@cop a|an? fine dining|print|line|art|arts|wine;0
a|an|the fine dining|print|line|art|arts|wine;0
fine dining|print|line|art|arts|wine;0
proven|proved dead? wrong;0
see|check if we|i|you|everything were|was|are|is ok|okay|fine|alright;0
used to be|love|like|enjoy so|really|very|pretty|the? *;0
thought you|u|yall guys|all? were|was the? best|better|different|reliable;0
looks|looked good|great|nice|amazing in the? picture|pictures|photo|photos|online;0
expected|expecting|thought it|this|them to be *;0
@cop ok|okay|fine|acceptable|reasonable with|to|now|from|in|by|at|if|when|as;0
limited edition|time|offer|stock;0
kind|sort of|if;0
kind enough;0
mad rush|props|respect|love|good;0
like a|an|the|#num;0
everything|anything|all|weather|reservation|booking|house|bag|bags @cop ok|okay|fine|good;0
doing|do|did|tried|trying|try my|our|their|your|his|her best;0
the best they|we|i|you|he|she can|could;0
best number|option|options|way|price|prices|bet|time|route|practice|place;0
good luck;0
good to know;0
appreciate|appreciated the|your response|reply|help|update|info|effort|gesture|credit|offer|apology|quick|prompt;0
wish i|we was|were|could there|going|come|coming|be;0
wish i|we could|had? remembered|remember|recall|caught|catch|got|get|knew|know|asked|ask her|his|their|the|your name|names;0
wish you|u|yall|ya|everyone all? the best|luck|well|good|a|safe;0
noise cancelling|canceling|cancellation;0
would like|love to;0
good morning|afternoon|evening|day|night;0
fine|ok|okay with|by;0
that|this is fine|ok|okay|alright;0
ok|okay|fine|alright thanks|thank|i|will|we|got|sounds|sure|great|let|so;0
not sure;0
not expect much|a lot;0
wanted|want|tried to like|love;0
wish i could say;0
no thanks|thank;0
as well|well as;0
`,
  // root-cause cues: category factor -> words
  categories: `
process too_slow: wait waited waiting hold queue delay delayed delays late forever slow took refund approval shipping
  delivery shipped tarmac weeks hours minutes check-in response
process cumbersome: boarding form forms steps policy paperwork fee fees verification clicks process transferred repeat
  scheduling parking receipt confusing complicated maze tree hoops price prices seats legroom
process error_prone: wrong mistake lost missing billing invoice charged overcharged bag bags luggage baggage damaged
  broken chipped faulty cancelled canceled connection invoicing package mixup mix
systems short_term: app website site portal login password crash crashes crashed crashing bug bugs glitch outage outages
  error errors wifi wi-fi internet server system export checkout page online entertainment freezes
  froze lags downloads screen
systems strategic: sync syncing update version software feature bot chatbot battery offline mode interface layout
  dashboard search releases
human role_mismatch: rude rudely dismissive attitude unprofessional hung yelled cold
human other: unhelpful ignored ignoring callback uncaring care listen staff agent rep crew cashier barista waiter
  manager technician driver desk guy
human training: clueless idea misinformed trained training
`,
  numbers: {one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, zero: 0},
  reasons: {
    contrast: 'contrast with the praise: names something to improve',
    praise: 'praise',
    issue: 'names something that fell short',
    ratingPassive: 'lukewarm rating (6 to 8 out of 10, or 3 to 4 out of 5)',
    ratingHigh: 'high rating',
    ratingLow: 'low rating',
    tenure: 'signals they are staying: long tenure',
    negatedLeave: 'says they are not leaving',
    leaveVerb: 'threat to leave',
    leaveConditional: 'conditional threat to leave',
    leaveQuestion: 'asks how to leave',
    thanksThenSuggestion: 'thanks, then names something to improve',
    graceThenSuggestion: 'understands the trouble, then names something to improve',
    graceThenShortfall: 'understands the trouble, then names what fell short',
    graceThenComplaint: 'upset, yet still fair: understands the cause of the trouble',
    thanks: 'thanks: satisfied',
    relief: 'it took a while: names a wait to shorten',
    negative: 'complaint',
    recurring: 'names a recurring problem ("keeps ...ing")',
    balance: 'signals they are staying: a large miles balance',
    ironicPraise: 'praise in quotes or asked back ("best???"): said with irony, not praise',
  },
};

"""The to-be map of the example: the same journey once the action plan is done (mid 2027)."""

from __future__ import annotations

from example_bakery import LANES, STAGES
from example_bakery_as_is import CURVES as AS_IS_CURVES
from example_spec import CurveSpec, JourneySpec, card, metric, touch

CARDS = (
    # Storyboard
    card(
        "images",
        "k1",
        "Op de bank bestellen, in drie stappen",
        "Ordering from the sofa, in three steps",
        image="phone",
    ),
    card(
        "images",
        "g2",
        "Dezelfde taart, zonder stress vooraf",
        "The same cake, without the stress before",
        image="cake",
    ),
    # Doing
    card("doing", "o1", "Ziet de taartgalerij op Instagram", "Sees the cake gallery on Instagram"),
    card(
        "doing",
        "o2",
        "Komt via Google op de taartpagina",
        "Lands on the cake page from Google",
    ),
    card(
        "doing",
        "v1",
        "Leest reviews met antwoorden van de bakker",
        "Reads reviews with replies from the baker",
    ),
    card(
        "doing",
        "v2",
        "Stuurt een WhatsApp: ‘Kan de taart ook glutenvrij?’",
        "Sends a WhatsApp: ‘Can the cake be gluten-free?’",
    ),
    card(
        "doing",
        "k1",
        "Kiest model, maat en ophaaltijd op de site",
        "Chooses design, size and pick-up time on the site",
    ),
    card("doing", "k2", "Betaalt met iDEAL", "Pays with iDEAL"),
    card(
        "doing",
        "g1",
        "Haalt op bij de afhaalbalie, zonder rij",
        "Collects at the pick-up counter, no queue",
    ),
    card("doing", "g2", "Viert het feest", "Celebrates the party"),
    card(
        "doing",
        "a1",
        "Scant de QR-code op de doos en schrijft een review",
        "Scans the QR code on the box and writes a review",
    ),
    card(
        "doing",
        "a2",
        "Neemt een broodabonnement voor de zaterdag",
        "Takes a bread subscription for Saturdays",
    ),
    # Touchpoints
    touch(
        "o1",
        "Instagram: taartgalerij en #korenschooftaart",
        "Instagram: cake gallery and #korenschooftaart",
        "social_media",
        "online",
        1,
    ),
    touch(
        "o2",
        "Taartpagina met prijzen vanaf € 24,50",
        "Cake page with prices from € 24.50",
        "website",
        "online",
        2,
        moment_of_truth=True,
    ),
    touch(
        "v1",
        "Google-reviews met antwoord van de bakker",
        "Google reviews answered by the baker",
        "review_site",
        "online",
        1,
    ),
    touch(
        "v2",
        "WhatsApp Business, antwoord binnen 1 uur",
        "WhatsApp Business, reply within 1 hour",
        "chat",
        "online",
        1,
        moment_of_truth=True,
    ),
    touch(
        "k1",
        "Bestelformulier in drie stappen",
        "Three-step order form",
        "webshop",
        "online",
        2,
        moment_of_truth=True,
    ),
    touch(
        "k2",
        "Bevestiging per e-mail en sms",
        "Confirmation by e-mail and text",
        "email",
        "online",
        1,
    ),
    touch(
        "g1",
        "Afhaalbalie voor bestellingen",
        "Pick-up counter for orders",
        "store",
        "offline",
        1,
        moment_of_truth=True,
    ),
    touch(
        "g2",
        "De taart zelf: smaak en uiterlijk",
        "The cake itself: taste and looks",
        "other",
        "offline",
        2,
        moment_of_truth=True,
    ),
    touch(
        "a1",
        "QR-code op de taartdoos",
        "QR code on the cake box",
        "print",
        "hybrid",
        1,
    ),
    touch(
        "a2",
        "Broodabonnement, bezorgd op zaterdag",
        "Bread subscription, delivered Saturdays",
        "webshop",
        "hybrid",
        2,
        moment_of_truth=True,
    ),
    touch(
        "a2",
        "Pauzeren of opzeggen in ‘Mijn Korenschoof’",
        "Pause or cancel in ‘My Korenschoof’",
        "website",
        "online",
        0,
        drop_off=True,
    ),
    # Thinking
    card(
        "thinking",
        "o2",
        "‘Fijn, ik zie meteen wat het kost.’",
        "‘Good, I can see straight away what it costs.’",
    ),
    card(
        "thinking",
        "v2",
        "‘Ze reageren snel, dat geeft vertrouwen.’",
        "‘They reply quickly, that inspires trust.’",
    ),
    card(
        "thinking",
        "k1",
        "‘Dit kan ik gewoon om 22:00 regelen.’",
        "‘I can just sort this out at 10 pm.’",
    ),
    card(
        "thinking",
        "g1",
        "‘Binnen twee minuten weer buiten.’",
        "‘Back outside within two minutes.’",
    ),
    card(
        "thinking",
        "a2",
        "‘Elke zaterdag vers brood zonder erom te denken.’",
        "‘Fresh bread every Saturday without thinking about it.’",
    ),
    # Feeling
    card("feeling", "o2", "Geruststelling: de prijs is duidelijk", "Reassured: the price is clear"),
    card("feeling", "v2", "Gehoord en geholpen", "Heard and helped"),
    card("feeling", "k2", "Zeker: alles staat zwart op wit", "Certain: it is all in writing"),
    card("feeling", "g2", "Trots en ontspannen", "Proud and relaxed"),
    card("feeling", "a2", "Verbonden met ‘haar’ bakker", "Attached to ‘her’ baker"),
    # Remaining pain points (risks of the new journey)
    card(
        "pain_points",
        "k1",
        "Taart op maat past niet altijd in een standaardformulier",
        "A made-to-measure cake does not always fit a standard form",
    ),
    card(
        "pain_points",
        "g1",
        "Afhaalbalie kost op zaterdag een extra medewerker",
        "The pick-up counter needs an extra person on Saturdays",
    ),
    card(
        "pain_points",
        "a2",
        "Bezorgkosten van € 2,50 – te duur?",
        "Delivery charge of € 2.50 – too much?",
    ),
    # Moments of truth
    card(
        "moments_of_truth",
        "v2",
        "Antwoord binnen een uur op WhatsApp",
        "A reply within an hour on WhatsApp",
    ),
    card(
        "moments_of_truth",
        "k1",
        "Bestelling afronden zonder te hoeven bellen",
        "Completing the order without having to phone",
    ),
    card(
        "moments_of_truth",
        "a2",
        "De eerste bezorging komt op tijd",
        "The first delivery arrives on time",
    ),
    # Next opportunities
    card(
        "opportunities",
        "o1",
        "Samenwerken met kinderopvang in Zwolle-Zuid",
        "Partner with day-care centres in Zwolle-Zuid",
    ),
    card(
        "opportunities",
        "a1",
        "Verwijsactie: taartpunt cadeau voor een vriendin",
        "Referral offer: a free slice of cake for a friend",
    ),
    card(
        "opportunities",
        "a2",
        "Abonnement uitbreiden met croissants op zondag",
        "Extend the subscription with Sunday croissants",
    ),
    # Measures with their targets; actuals are baselines or pilot results
    metric(
        "o2",
        ("Bezoek taartpagina", "Cake page visits"),
        ("Unieke bezoekers taartpagina", "Unique visitors to the cake page"),
        ("Google Analytics 4", "Google Analytics 4"),
        ("600 per maand", "600 a month"),
        ("Nog niet live", "Not live yet"),
    ),
    metric(
        "v2",
        ("Reactietijd WhatsApp", "WhatsApp reply time"),
        ("Mediaan tijd tot eerste antwoord", "Median time to first reply"),
        ("WhatsApp Business-statistieken", "WhatsApp Business statistics"),
        ("< 1 uur", "< 1 hour"),
        ("2 uur (proef okt. 2026)", "2 hours (pilot Oct 2026)"),
    ),
    metric(
        "k1",
        ("Online taartbestellingen", "Online cake orders"),
        ("Bestellingen via het formulier", "Orders through the form"),
        ("Bestelsysteem, wekelijks overzicht", "Order system, weekly report"),
        ("15 per week", "15 a week"),
        ("0 (nulmeting)", "0 (baseline)"),
    ),
    metric(
        "g1",
        ("Wachttijd bij afhalen", "Waiting time at pick-up"),
        ("Gem. wachttijd za 8–11 uur", "Avg. wait Sat 8–11 am"),
        ("Stopwatch-steekproef, maandelijks", "Stopwatch sample, monthly"),
        ("< 5 min", "< 5 min"),
        ("6 min (proef afhaalbalie)", "6 min (pick-up counter pilot)"),
    ),
    metric(
        "a2",
        ("Broodabonnementen", "Bread subscriptions"),
        ("Actieve abonnementen", "Active subscriptions"),
        ("Abonnementenlijst in het bestelsysteem", "Subscription list in the order system"),
        ("120 in juni 2027", "120 by June 2027"),
        ("0 (start januari 2027)", "0 (starts January 2027)"),
    ),
    # Backstage
    card(
        "backstage",
        "o2",
        "Webbureau Pixelmolen bouwt en beheert de site",
        "Pixelmolen web agency builds and runs the site",
    ),
    card(
        "backstage",
        "v2",
        "WhatsApp op de winkeltablet; Fatima antwoordt",
        "WhatsApp on the shop tablet; Fatima replies",
    ),
    card(
        "backstage",
        "k1",
        "Bestellingen verschijnen in de planning op de bakkerijtablet",
        "Orders appear in the schedule on the bakery tablet",
    ),
    card(
        "backstage",
        "k2",
        "Bevestiging gaat automatisch uit het bestelsysteem",
        "The order system sends the confirmation itself",
    ),
    card(
        "backstage",
        "g1",
        "Zaterdag een extra kracht aan de afhaalbalie",
        "An extra person at the pick-up counter on Saturdays",
    ),
    card(
        "backstage",
        "a2",
        "Bezorging door fietskoerier De Groene Trapper",
        "Delivery by the De Groene Trapper bike couriers",
    ),
    # Time taken
    card("time", "o2", "2 minuten", "2 minutes"),
    card("time", "v2", "Antwoord binnen 1 uur", "Reply within 1 hour"),
    card("time", "k1", "5 minuten", "5 minutes"),
    card("time", "g1", "2 minuten", "2 minutes"),
    card("time", "a2", "Elke zaterdag vanzelf", "Every Saturday, automatically"),
    # Notes
    card(
        "text",
        "o1",
        "Doelbeeld voor juni 2027, getoetst met 4 klanten",
        "Target picture for June 2027, tested with 4 customers",
        evidence="partly_backed",
    ),
    card(
        "text",
        "a2",
        "Henk blijft welkom aan de balie: er verdwijnt niets",
        "Henk stays welcome at the counter: nothing is taken away",
    ),
)

# The to-be line comes first: the review takes the first curve of the map's persona as the map's
# own. The as-is line is drawn over it in grey, so the gain is visible at a glance.
_NOW = AS_IS_CURVES[0]
CURVES = (
    CurveSpec(
        "sanne-future",
        "persona-sanne",
        ("Sanne – straks", "Sanne – to be"),
        "#43a047",
        {"o1": 1, "o2": 1, "v1": 1, "v2": 1, "k1": 2, "k2": 1, "g1": 1, "g2": 2, "a1": 2, "a2": 2},
        {
            "k1": ("Bestellen zonder bellen", "Ordering without phoning"),
            "a2": ("Abonnement: vaste klant", "Subscription: a regular"),
        },
    ),
    CurveSpec(
        "sanne-now",
        "persona-sanne",
        ("Sanne – nu", "Sanne – today"),
        "#9e9e9e",
        dict(_NOW.points),
    ),
)

TO_BE = JourneySpec(
    key="tobe",
    title=(
        "Sanne bestelt online en wordt vaste klant – gewenste situatie",
        "Sanne orders online and becomes a regular – future state",
    ),
    persona="persona-sanne",
    scenario=(
        "Dezelfde verjaardagstaart voor Noor, nu de taartpagina, WhatsApp, de afhaalbalie en "
        "het broodabonnement er zijn (doel: juni 2027).",
        "The same birthday cake for Noor, now that the cake page, WhatsApp, the pick-up "
        "counter and the bread subscription exist (target: June 2027).",
    ),
    expectations=(
        "Prijs en mogelijkheden direct zien, in vijf minuten bestellen, bevestiging op zak, "
        "binnen twee minuten ophalen.",
        "Seeing price and options at once, ordering in five minutes, a confirmation in her "
        "pocket, collecting within two minutes.",
    ),
    state="future",
    counterpart="asis",
    template=None,
    stages=STAGES,
    lanes=LANES,
    curves=CURVES,
    cards=CARDS,
    step_names={
        "o2": ("Vindt de taartpagina", "Finds the cake page"),
        "v2": ("Stelt een vraag via WhatsApp", "Asks a question on WhatsApp"),
        "k1": ("Bestelt online in drie stappen", "Orders online in three steps"),
        "k2": ("Betaalt en krijgt bevestiging", "Pays and gets confirmation"),
        "g1": ("Haalt op bij de afhaalbalie", "Collects at the pick-up counter"),
        "a2": ("Neemt een broodabonnement", "Takes a bread subscription"),
    },
    time_frames={
        "consider": ("1–2 dagen", "1–2 days"),
        "buy": ("10 minuten", "10 minutes"),
    },
)

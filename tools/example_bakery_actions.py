"""The action plan of the example (wizard step 6): the roadmap from the as-is map to the to-be map.

Most actions answer a pain point or touchpoint of the as-is map (every as-is pain point has at
least one); the last two deal with risks and ideas the to-be map brought up. Statuses are as on
28 October 2026, the project's modification date.
"""

from __future__ import annotations

from example_spec import ActionSpec, card_id


def _asis(lane: str, step: str, n: int = 1) -> str:
    return card_id("asis", lane, step, n)


def _tobe(lane: str, step: str, n: int = 1) -> str:
    return card_id("tobe", lane, step, n)


MARIEKE = ("Marieke de Boer (eigenaar)", "Marieke de Boer (owner)")
FATIMA = ("Fatima El Amrani (winkelchef)", "Fatima El Amrani (shop manager)")
LOTTE = ("Lotte Jansen (social media)", "Lotte Jansen (social media)")
JEROEN = ("Jeroen Smit (Pixelmolen)", "Jeroen Smit (Pixelmolen)")
KEES = ("Kees de Boer (bakker)", "Kees de Boer (head baker)")

ACTIONS = (
    ActionSpec(
        key="cake-page",
        title=("Taartpagina met prijzen en voorbeelden", "Cake page with prices and examples"),
        description=(
            "Eén pagina met de taartmodellen, maten, prijzen vanaf € 24,50, levertijd en echte "
            "klantfoto’s; vindbaar op ‘taart bestellen Zwolle’.",
            "One page with the cake designs, sizes, prices from € 24.50, lead time and real "
            "customer photos; found on ‘order cake Zwolle’.",
        ),
        journey="asis",
        stage="consider",
        cards=(
            _asis("pain_points", "o2"),
            _asis("pain_points", "v2", 2),
            _asis("touchpoints", "o2", 2),
        ),
        owner=MARIEKE,
        priority="high",
        impact=5,
        effort=2,
        status="in_progress",
        start="2026-10-19",
        due="2026-12-04",
        kpi=("Unieke bezoekers taartpagina", "Unique visitors to the cake page"),
        target=("600 per maand", "600 a month"),
        notes=(
            "Teksten en foto’s aangeleverd aan Pixelmolen.",
            "Texts and photos sent to Pixelmolen.",
        ),
    ),
    ActionSpec(
        key="order-form",
        title=("Online bestelformulier voor taarten", "Online order form for cakes"),
        description=(
            "Model, maat, tekst op de taart en ophaaltijd kiezen in drie stappen; betalen met "
            "iDEAL. Afwijkende wensen gaan als vraag naar WhatsApp.",
            "Choose design, size, writing on the cake and pick-up time in three steps; pay with "
            "iDEAL. Special requests go to WhatsApp as a question.",
        ),
        journey="asis",
        stage="buy",
        cards=(_asis("pain_points", "k1"), _asis("touchpoints", "k1")),
        owner=JEROEN,
        priority="high",
        impact=5,
        effort=3,
        status="planned",
        start="2027-01-04",
        due="2027-03-01",
        kpi=("Taartbestellingen via het formulier", "Cake orders through the form"),
        target=("15 per week", "15 a week"),
    ),
    ActionSpec(
        key="confirmation",
        title=(
            "Automatische bevestiging per e-mail en sms",
            "Automatic confirmation by e-mail and text",
        ),
        description=(
            "Elke bestelling, ook aan de balie, krijgt een bevestiging met ophaaltijd en "
            "bestelnummer; de dag ervoor een herinnering.",
            "Every order, at the counter too, gets a confirmation with pick-up time and order "
            "number; a reminder the day before.",
        ),
        journey="asis",
        stage="buy",
        cards=(_asis("pain_points", "k2"), _asis("touchpoints", "k2")),
        owner=JEROEN,
        priority="medium",
        impact=4,
        effort=1,
        status="planned",
        start="2027-01-04",
        due="2027-03-01",
        kpi=("Bestellingen met bevestiging", "Orders with a confirmation"),
        target=("100 %", "100 %"),
    ),
    ActionSpec(
        key="whatsapp",
        title=("WhatsApp Business op de winkeltablet", "WhatsApp Business on the shop tablet"),
        description=(
            "Vragen over taarten per WhatsApp in plaats van de telefoon; vaste antwoorden voor "
            "prijs, levertijd en allergenen.",
            "Questions about cakes by WhatsApp instead of the phone; saved replies for price, "
            "lead time and allergens.",
        ),
        journey="asis",
        stage="consider",
        cards=(_asis("pain_points", "v2"), _asis("touchpoints", "v2")),
        owner=FATIMA,
        priority="high",
        impact=4,
        effort=1,
        status="in_progress",
        start="2026-10-01",
        due="2026-11-30",
        kpi=("Mediaan tijd tot eerste antwoord", "Median time to first reply"),
        target=("< 1 uur", "< 1 hour"),
        notes=("Proef loopt; nu 2 uur mediaan.", "Pilot running; median now 2 hours."),
    ),
    ActionSpec(
        key="call-back",
        title=("Terugbelverzoek in de ochtendspits", "Call-back request in the morning rush"),
        description=(
            "Tussen 7 en 10 uur een keuzemenu: laat je nummer achter en we bellen vóór 14 uur "
            "terug.",
            "Between 7 and 10 am a menu: leave your number and we call back before 2 pm.",
        ),
        journey="asis",
        stage="consider",
        cards=(_asis("pain_points", "v2"), _asis("moments_of_truth", "v2")),
        owner=FATIMA,
        priority="medium",
        impact=3,
        effort=2,
        status="idea",
        start="2027-02-01",
        due="2027-03-31",
        kpi=("Gemiste oproepen 7–10 uur", "Missed calls 7–10 am"),
        target=("< 10 %", "< 10 %"),
    ),
    ActionSpec(
        key="fast-site",
        title=("Website snel en mobielvriendelijk", "Fast, mobile-friendly website"),
        description=(
            "Nieuwe site op een snelle hosting; de pdf met het assortiment vervangen door "
            "gewone pagina’s.",
            "A new site on fast hosting; the PDF of the range replaced by ordinary pages.",
        ),
        journey="asis",
        stage="orient",
        cards=(_asis("pain_points", "o2"), _asis("touchpoints", "o2", 2)),
        owner=JEROEN,
        priority="medium",
        impact=4,
        effort=4,
        status="planned",
        start="2026-11-16",
        due="2027-01-29",
        kpi=(
            "Laadtijd op mobiel; bezoekers uit Zwolle",
            "Load time on a phone; visitors from Zwolle",
        ),
        target=("< 2,5 s; 1.500 per maand", "< 2.5 s; 1,500 a month"),
    ),
    ActionSpec(
        key="pick-up",
        title=("Afhaalbalie voor bestellingen", "Pick-up counter for orders"),
        description=(
            "Op zaterdag een aparte balie bij de zij-ingang waar bestellingen klaarstaan, los "
            "van de rij voor brood.",
            "On Saturdays a separate counter at the side door where orders wait, apart from the "
            "bread queue.",
        ),
        journey="asis",
        stage="use",
        cards=(_asis("pain_points", "g1"), _asis("touchpoints", "g1")),
        owner=FATIMA,
        priority="high",
        impact=4,
        effort=3,
        status="planned",
        start="2027-01-09",
        due="2027-02-27",
        kpi=("Gem. wachttijd za 8–11 uur", "Avg. wait Sat 8–11 am"),
        target=("< 5 min", "< 5 min"),
    ),
    ActionSpec(
        key="subscription",
        title=(
            "Broodabonnement met zaterdagbezorging",
            "Bread subscription with Saturday delivery",
        ),
        description=(
            "Wekelijks een desembrood naar keuze, bezorgd door De Groene Trapper; pauzeren en "
            "opzeggen online.",
            "A sourdough loaf of your choice every week, delivered by De Groene Trapper; pause "
            "and cancel online.",
        ),
        journey="asis",
        stage="advocate",
        cards=(_asis("pain_points", "a2"), _asis("moments_of_truth", "a2")),
        owner=MARIEKE,
        priority="high",
        impact=4,
        effort=4,
        status="planned",
        start="2027-01-04",
        due="2027-06-30",
        kpi=("Actieve abonnementen", "Active subscriptions"),
        target=("120 in juni 2027", "120 by June 2027"),
    ),
    ActionSpec(
        key="review-qr",
        title=("QR-code voor een review op de taartdoos", "QR code for a review on the cake box"),
        description=(
            "Sticker op elke taartdoos: ‘Was het feest geslaagd? Laat het ons weten.’",
            "A sticker on every cake box: ‘Was it a great party? Let us know.’",
        ),
        journey="asis",
        stage="advocate",
        cards=(_asis("opportunities", "a1"),),
        owner=LOTTE,
        priority="low",
        impact=2,
        effort=1,
        status="done",
        start="2026-10-05",
        due="2026-10-23",
        kpi=("Nieuwe Google-reviews per maand", "New Google reviews per month"),
        target=("10 per maand", "10 a month"),
    ),
    ActionSpec(
        key="instagram",
        title=("Instagram-planning en taartgalerij", "Instagram schedule and cake gallery"),
        description=(
            "Twee posts per week, een vaste hashtag en binnen een dag reageren op elke tag.",
            "Two posts a week, one hashtag and a reply to every tag within a day.",
        ),
        journey="asis",
        stage="orient",
        cards=(
            _asis("touchpoints", "o1"),
            _asis("opportunities", "o1"),
            _asis("touchpoints", "a1"),
        ),
        owner=LOTTE,
        priority="medium",
        impact=3,
        effort=2,
        status="in_progress",
        start="2026-10-01",
        due="2026-12-23",
        kpi=("Volgers uit Zwolle; reacties op tags", "Followers from Zwolle; replies to tags"),
        target=("+300 volgers; 100 % beantwoord", "+300 followers; 100 % answered"),
    ),
    ActionSpec(
        key="answer-reviews",
        title=("Elke Google-review beantwoorden", "Reply to every Google review"),
        description=(
            "Binnen twee werkdagen een persoonlijk antwoord, ook op kritiek.",
            "A personal reply within two working days, to criticism too.",
        ),
        journey="asis",
        stage="consider",
        cards=(_asis("touchpoints", "v1"),),
        owner=MARIEKE,
        priority="medium",
        impact=3,
        effort=1,
        status="done",
        start="2026-09-28",
        due="2026-10-16",
        kpi=("Gemiddelde Google-score", "Average Google rating"),
        target=("≥ 4,7 ★", "≥ 4.7 ★"),
    ),
    ActionSpec(
        key="digital-card",
        title=("Digitale spaarkaart", "Digital loyalty card"),
        description=(
            "De papieren spaarkaart vervangen door een kaart in een app.",
            "Replace the paper loyalty card with a card in an app.",
        ),
        journey="asis",
        stage="advocate",
        cards=(_asis("touchpoints", "a2"),),
        owner=MARIEKE,
        priority="low",
        impact=2,
        effort=3,
        status="dropped",
        start="2026-10-05",
        due="2026-12-18",
        kpi=("Terug binnen 30 dagen", "Back within 30 days"),
        target=("40 %", "40 %"),
        notes=(
            "Vervallen: het broodabonnement bindt beter, en vaste klanten als Henk willen de "
            "papieren kaart houden.",
            "Dropped: the bread subscription binds better, and regulars like Henk want to keep "
            "the paper card.",
        ),
    ),
    ActionSpec(
        key="saturday-rota",
        title=("Zaterdagrooster voor de afhaalbalie", "Saturday rota for the pick-up counter"),
        description=(
            "Een extra zaterdagkracht van 8 tot 12 uur, betaald uit de extra taartomzet.",
            "An extra Saturday person from 8 to 12, paid for by the extra cake sales.",
        ),
        journey="tobe",
        stage="use",
        cards=(_tobe("pain_points", "g1"), _tobe("backstage", "g1")),
        owner=FATIMA,
        priority="medium",
        impact=3,
        effort=2,
        status="planned",
        start="2026-12-01",
        due="2027-01-08",
        kpi=("Personeelskosten per zaterdag", "Staff cost per Saturday"),
        target=("≤ € 120", "≤ € 120"),
    ),
    ActionSpec(
        key="day-care",
        title=("Samenwerking met kinderopvang", "Partnership with day-care centres"),
        description=(
            "Traktatiepakket en een kortingscode voor ouders bij drie kinderopvanglocaties in "
            "Zwolle-Zuid.",
            "A treat pack and a discount code for parents at three day-care centres in "
            "Zwolle-Zuid.",
        ),
        journey="tobe",
        stage="orient",
        cards=(_tobe("opportunities", "o1"),),
        owner=KEES,
        priority="low",
        impact=3,
        effort=3,
        status="idea",
        start="2027-04-05",
        due="2027-06-25",
        kpi=("Bestellingen met de kortingscode", "Orders with the discount code"),
        target=("30 in het eerste kwartaal", "30 in the first quarter"),
    ),
)

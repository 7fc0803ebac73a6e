"""The story of the example projects: Bakkerij De Korenschoof, its brand, personas and stages.

The maps are in example_bakery_as_is.py and example_bakery_to_be.py, the action plan in
example_bakery_actions.py.
"""

from __future__ import annotations

from example_spec import StageSpec, Text

TITLE: Text = (
    "Klantreis Bakkerij De Korenschoof",
    "Customer journey of Bakkerij De Korenschoof",
)
AUTHOR = "Marieke de Boer"
CREATED = "2026-09-14T09:00:00Z"
MODIFIED = "2026-10-28T16:30:00Z"

BRAND = {
    "name": ("Bakkerij De Korenschoof", "Bakkerij De Korenschoof"),
    "product": (
        "Ambachtelijk zuurdesembrood, banket en taarten op bestelling",
        "Artisan sourdough bread, pastries and cakes made to order",
    ),
    "description": (
        "Familiebakkerij sinds 1962 aan de Korenmarkt in Zwolle, nu in de derde generatie. "
        "Twaalf medewerkers, één winkel, elke nacht vers gebakken. Klanten komen vooral uit "
        "de binnenstad en Zwolle-Zuid; taarten op bestelling groeien, brood loopt terug "
        "sinds de supermarkt om de hoek een eigen ‘bakery’ heeft.",
        "Family bakery since 1962 on the Korenmarkt in Zwolle, now in its third generation. "
        "Twelve staff, one shop, baked fresh every night. Customers come mostly from the "
        "town centre and Zwolle-Zuid; cakes to order are growing, bread is declining since "
        "the supermarket round the corner opened its own ‘bakery’.",
    ),
    "usps": (
        (
            "Zuurdesem met 48 uur rijstijd, elke nacht vers gebakken",
            "Sourdough proved for 48 hours, baked fresh every night",
        ),
        (
            "Biologisch graan van molen De Hoop in Olst, 15 km verderop",
            "Organic grain from De Hoop mill in Olst, 15 km away",
        ),
        (
            "Taarten op maat, ook glutenvrij en vegan – vanaf € 24,50",
            "Cakes made to measure, gluten-free and vegan too – from € 24.50",
        ),
        (
            "Persoonlijk advies van bakkers die je bij naam kennen",
            "Personal advice from bakers who know you by name",
        ),
    ),
    "promise": (
        "Elke ochtend eerlijk brood en een taart waar je feest mee maakt – zonder gedoe.",
        "Honest bread every morning and a cake that makes the party – without the hassle.",
    ),
}

PERSONAS = (
    {
        "id": "persona-sanne",
        "name": ("Sanne de Vries", "Sanne de Vries"),
        "tagline": (
            "Werkende moeder die kwaliteit wil, maar weinig tijd heeft",
            "Working mother who wants quality but has little time",
        ),
        "quote": (
            "Vers brood wil ik wel, maar dan moet bestellen net zo makkelijk zijn als bij de "
            "supermarkt.",
            "I do want fresh bread, but ordering has to be as easy as at the supermarket.",
        ),
        "age": ("34 jaar, gezin met jonge kinderen", "34, family with young children"),
        "location": (
            "Zwolle-Zuid, 10 minuten fietsen van de winkel",
            "Zwolle-Zuid, a 10-minute bike ride from the shop",
        ),
        "household": (
            "Getrouwd met Mark, dochter Noor (4) en zoon Daan (7)",
            "Married to Mark, daughter Noor (4) and son Daan (7)",
        ),
        "income": (
            "Modaal tot 1,5 × modaal; tweeverdieners, let op de uitgaven",
            "Middle income; two earners who watch their spending",
        ),
        "occupation": (
            "Verpleegkundige, 28 uur per week in wisselende diensten",
            "Nurse, 28 hours a week in changing shifts",
        ),
        "goals": (
            "Een mooie verjaardagstaart voor Noor zonder stress, en gezond brood op tafel",
            "A lovely birthday cake for Noor without stress, and healthy bread on the table",
        ),
        "needs": (
            "Online bestellen op elk moment, duidelijke prijzen, een bevestiging en snel ophalen",
            "Ordering online at any hour, clear prices, a confirmation and a quick pick-up",
        ),
        "pains": (
            "Telefonisch niemand te pakken krijgen; lange rijen op zaterdag; geen overzicht van "
            "wat een taart kost",
            "Not getting through by phone; long queues on Saturday; no idea what a cake costs",
        ),
        "drivers": (
            "Een bijzondere gelegenheid, smaak, ambacht en wat andere ouders aanraden",
            "A special occasion, taste, craftsmanship and what other parents recommend",
        ),
        "barriers": (
            "Prijs (€ 45 voelt duur voor een kindertaart), openingstijden en moeten bellen",
            "Price (€ 45 feels dear for a child’s cake), opening hours and having to phone",
        ),
        "information_sources": (
            "Google, Instagram, Google-reviews en de klassen-app van school",
            "Google, Instagram, Google reviews and the school class app",
        ),
        "influencers": (
            "Andere ouders op het schoolplein, haar zus Eline, foto’s van echte klanten",
            "Other parents at the school gate, her sister Eline, photos by real customers",
        ),
        "preferred_channels": (
            "Smartphone ’s avonds na 21:00; WhatsApp en e-mail; winkel alleen om op te halen",
            "Smartphone in the evening after 9 pm; WhatsApp and e-mail; the shop only to collect",
        ),
        "loyalty": (
            "Trouw aan wat makkelijk is; wisselt nu tussen supermarkt en bakker",
            "Loyal to what is easy; switches between supermarket and baker today",
        ),
        "media_use": (
            "Instagram en Facebook dagelijks, podcasts in de auto, lokale krant online",
            "Instagram and Facebook daily, podcasts in the car, local paper online",
        ),
        "notes": (
            "Gebaseerd op 6 klantinterviews (september 2026) en 212 Google-reviews.",
            "Based on 6 customer interviews (September 2026) and 212 Google reviews.",
        ),
        "custom": (
            (
                ("Rol in de beslissing", "Role in the decision"),
                (
                    "Beslist zelf over taart en brood; Mark doet de boodschappen op zaterdag",
                    "Decides on cake and bread herself; Mark does the Saturday shopping",
                ),
            ),
            (
                ("Gebruiksmoment", "Moment of use"),
                (
                    "Verjaardagen (4 × per jaar) en weekbrood voor het ontbijt",
                    "Birthdays (4 times a year) and weekly bread for breakfast",
                ),
            ),
        ),
        "photo": True,
    },
    {
        "id": "persona-henk",
        "name": ("Henk Mulder", "Henk Mulder"),
        "tagline": (
            "Vaste klant van het eerste uur, komt elke ochtend",
            "Regular since the early days, comes in every morning",
        ),
        "quote": (
            "Bij De Korenschoof weten ze al wat ik wil voordat ik binnen ben.",
            "At De Korenschoof they know what I want before I’m through the door.",
        ),
        "age": ("71 jaar, gepensioneerd", "71, retired"),
        "location": (
            "Binnenstad van Zwolle, op loopafstand",
            "Zwolle town centre, within walking distance",
        ),
        "household": (
            "Woont samen met Ria; vier kleinkinderen die vaak langskomen",
            "Lives with Ria; four grandchildren who visit often",
        ),
        "income": ("Pensioen, comfortabel", "Pension, comfortable"),
        "occupation": (
            "Oud-docent geschiedenis, vrijwilliger bij het museum",
            "Retired history teacher, museum volunteer",
        ),
        "goals": (
            "Elke dag vers brood en een praatje; taarten voor de familiefeesten",
            "Fresh bread every day and a chat; cakes for family celebrations",
        ),
        "needs": (
            "Vertrouwde gezichten, persoonlijke service, bestellen aan de balie of per telefoon",
            "Familiar faces, personal service, ordering at the counter or by phone",
        ),
        "pains": (
            "Drukte op zaterdag; ‘alles moet tegenwoordig via een app’",
            "Crowds on Saturday; ‘everything has to go through an app nowadays’",
        ),
        "drivers": (
            "Gewoonte, kwaliteit en het gevoel dat hij een lokale ondernemer steunt",
            "Habit, quality and the sense of supporting a local business",
        ),
        "barriers": (
            "Digitale bestelmogelijkheden die de balie vervangen; prijsstijgingen",
            "Digital ordering that replaces the counter; price rises",
        ),
        "information_sources": (
            "De winkel zelf, de Stentor (papier) en de buurvrouw",
            "The shop itself, the local paper and his neighbour",
        ),
        "influencers": (
            "Ria, het personeel, de kleinkinderen",
            "Ria, the staff, the grandchildren",
        ),
        "preferred_channels": ("Winkel en vaste telefoon", "The shop and the landline"),
        "loyalty": (
            "Zeer trouw: 30 jaar klant, raadt de bakkerij actief aan",
            "Very loyal: a customer for 30 years, actively recommends the bakery",
        ),
        "media_use": (
            "Krant, radio, sinds kort WhatsApp met de kleinkinderen",
            "Newspaper, radio, recently WhatsApp with the grandchildren",
        ),
        "notes": (
            "Staat voor de groep vaste klanten (± 40 % van de omzet) die we niet mogen verliezen.",
            "Stands for the regulars (about 40 % of sales) whom we must not lose.",
        ),
        "custom": (
            (
                ("Rol in de beslissing", "Role in the decision"),
                ("Bestelt, Ria kiest de taart uit", "Orders, Ria chooses the cake"),
            ),
        ),
        "photo": False,
    },
)


def _stage(key, name, goal, description, time_frame, color, steps) -> StageSpec:
    return StageSpec(key, name, goal, description, time_frame, color, steps)


STAGES = (
    _stage(
        "orient",
        ("Oriënteren", "Orientation"),
        (
            "Een bakker vinden die een mooie verjaardagstaart kan maken",
            "Find a bakery that can make a lovely birthday cake",
        ),
        (
            "Sanne wil meer dan een supermarkttaart en zoekt ideeën en een bakker in de buurt.",
            "Sanne wants more than a supermarket cake and looks for ideas and a local baker.",
        ),
        ("2–3 weken voor het feest", "2–3 weeks before the party"),
        "#8c5a2b",
        (
            ("o1", ("Taartidee ontstaat", "Cake idea takes shape"), ("", "")),
            ("o2", ("Zoekt bakkers online", "Searches bakeries online"), ("", "")),
        ),
    ),
    _stage(
        "consider",
        ("Overwegen", "Consideration"),
        (
            "Zeker weten dat de taart lukt en binnen budget blijft",
            "Be sure the cake will work out and stay within budget",
        ),
        (
            "Ze vergelijkt De Korenschoof met twee andere bakkers en de supermarkt.",
            "She compares De Korenschoof with two other bakers and the supermarket.",
        ),
        ("3–5 dagen", "3–5 days"),
        "#a0522d",
        (
            (
                "v1",
                ("Leest reviews en bekijkt foto’s", "Reads reviews and looks at photos"),
                ("", ""),
            ),
            ("v2", ("Vraagt prijs en mogelijkheden", "Asks about price and options"), ("", "")),
        ),
    ),
    _stage(
        "buy",
        ("Kopen", "Purchase"),
        (
            "De taart zonder gedoe bestellen en betalen",
            "Order and pay for the cake without hassle",
        ),
        (
            "De bestelling: nu alleen aan de balie of per telefoon, met een aanbetaling.",
            "The order: today only at the counter or by phone, with a deposit.",
        ),
        ("1 dag", "1 day"),
        "#6b7d2a",
        (
            ("k1", ("Bestelt de taart", "Orders the cake"), ("", "")),
            ("k2", ("Betaalt en krijgt bevestiging", "Pays and gets confirmation"), ("", "")),
        ),
    ),
    _stage(
        "use",
        ("Gebruiken & beleven", "Use & experience"),
        (
            "Een taart die er mooi uitziet en lekker is, op tijd voor het feest",
            "A cake that looks lovely and tastes great, in time for the party",
        ),
        (
            "Ophalen op de ochtend van het feest en het moment dat de taart op tafel staat.",
            "Collecting on the morning of the party and the moment the cake is on the table.",
        ),
        ("Feestdag zelf", "The day of the party"),
        "#2e6f73",
        (
            ("g1", ("Haalt taart en brood op", "Collects cake and bread"), ("", "")),
            ("g2", ("Viert het feest", "Celebrates the party"), ("", "")),
        ),
    ),
    _stage(
        "advocate",
        ("Ambassadeur", "Advocacy"),
        (
            "Vaste klant worden en de bakkerij aanraden",
            "Become a regular and recommend the bakery",
        ),
        (
            "Na het feest: vertelt ze het door, en komt ze terug voor het weekbrood?",
            "After the party: does she pass it on, and does she come back for weekly bread?",
        ),
        ("Weken tot maanden erna", "Weeks to months after"),
        "#7b3f61",
        (
            ("a1", ("Deelt foto’s en een review", "Shares photos and a review"), ("", "")),
            ("a2", ("Komt terug voor weekbrood", "Returns for weekly bread"), ("", "")),
        ),
    ),
)

# Every lane kind once, in the order a workshop reads a map: what happens, then what it means.
LANES = (
    ("images", ("Storyboard", "Storyboard")),
    ("doing", ("Wat doet ze?", "What does she do?")),
    ("touchpoints", ("Contactmomenten", "Touchpoints")),
    ("thinking", ("Wat denkt ze?", "What does she think?")),
    ("feeling", ("Wat voelt ze?", "What does she feel?")),
    ("emotion", ("Emotie", "Emotion")),
    ("pain_points", ("Pijnpunten", "Pain points")),
    ("moments_of_truth", ("Beslismomenten", "Moments of truth")),
    ("opportunities", ("Kansen", "Opportunities")),
    ("metrics", ("Meten (KPI’s)", "Measures (KPIs)")),
    ("backstage", ("Achter de schermen", "Backstage")),
    ("time", ("Tijdsduur", "Time taken")),
    ("text", ("Notities en bronnen", "Notes and sources")),
)

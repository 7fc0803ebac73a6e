<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About CJM Desktop</source>
            <translation>Over CJM Desktop</translation>
        </message>
        <message>
            <source>An offline editor for customer journey maps.</source>
            <translation>Een offline editor voor customer journey maps.</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Lettertypen</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotheken</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Channel filter</source>
            <translation>Kanaalfilter</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Eigenschappen</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <source>Maps</source>
            <translation>Klantreizen</translation>
        </message>
        <message>
            <source>Maps of the project</source>
            <translation>Klantreizen van het project</translation>
        </message>
        <message>
            <source>Phase filter</source>
            <translation>Fasefilter</translation>
        </message>
        <message>
            <source>Properties of the selected item</source>
            <translation>Eigenschappen van het geselecteerde onderdeel</translation>
        </message>
        <message>
            <source>Search touchpoints</source>
            <translation>Touchpoints zoeken</translation>
        </message>
        <message>
            <source>Touchpoint library</source>
            <translation>Touchpointbibliotheek</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Zoomniveau</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>(unnamed stage)</source>
            <translation>(naamloze fase)</translation>
        </message>
        <message>
            <source>(untitled map)</source>
            <translation>(klantreis zonder titel)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Actieplan</translation>
        </message>
        <message>
            <source>Create action from this card</source>
            <translation>Actie maken van deze kaart</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Inspanning</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Klantreis</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteit</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanFilterBar</name>
        <message>
            <source>(no map)</source>
            <translation>(geen klantreis)</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(geen eigenaar)</translation>
        </message>
        <message>
            <source>(no stage)</source>
            <translation>(geen fase)</translation>
        </message>
        <message>
            <source>(untitled map)</source>
            <translation>(klantreis zonder titel)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Map:</source>
            <translation>Klantreis:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Eigenaar:</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>Fase:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanPanel</name>
        <message>
            <source>Action from card</source>
            <translation>Actie van kaart</translation>
        </message>
        <message>
            <source>Create an action for the pain point, drop-off or opportunity selected on the map</source>
            <translation>Maak een actie voor het pijnpunt, afhaakmoment of de kans die op de klantreis is geselecteerd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Key to the numbered dots</source>
            <translation>Legenda bij de genummerde stippen</translation>
        </message>
        <message>
            <source>New action</source>
            <extracomment>One new action appeared (added here, from a card, or brought back by undo) and is selected; the window shows the dock.</extracomment>
            <translation>Nieuwe actie</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanTable</name>
        <message>
            <source>Action plan</source>
            <extracomment>Delete was pressed (outside an editor).</extracomment>
            <translation>Actieplan</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>(unnamed stage)</source>
            <translation>(naamloze fase)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <source>(whole journey)</source>
            <translation>(hele klantreis)</translation>
        </message>
        <message>
            <source>1 = easy, 5 = a lot of work</source>
            <translation>1 = makkelijk, 5 = veel werk</translation>
        </message>
        <message>
            <source>1 = little, 5 = a lot</source>
            <translation>1 = weinig, 5 = veel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Due date in the past</source>
            <translation>Deadline al verstreken</translation>
        </message>
        <message>
            <source>Due date:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <source>Effort:</source>
            <translation>Inspanning:</translation>
        </message>
        <message>
            <source>Every journey has gaps. Below are the ones your answers point to. Turn the most important into actions: who does what, and when. This is your roadmap.</source>
            <translation>Elke klantreis heeft knelpunten. Hieronder staan de knelpunten waar je antwoorden op wijzen. Maak van de belangrijkste een actie: wie doet wat, en wanneer? Zo ontstaat je verbeterplan.</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <source>Impact on customers:</source>
            <translation>Impact op klanten:</translation>
        </message>
        <message>
            <source>In which stage?</source>
            <translation>In welke fase?</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>Make it an action</source>
            <translation>Maak er een actie van</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Gemiddeld</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nieuwe actie</translation>
        </message>
        <message>
            <source>No gaps found yet: add your own actions below.</source>
            <translation>Nog geen knelpunten gevonden: voeg hieronder zelf acties toe.</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Prioriteit:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Start with actions of high impact and little effort: the quick wins.</source>
            <translation>Begin met acties met veel impact en weinig inspanning: de snelle winst.</translation>
        </message>
        <message>
            <source>Step 6 of 7: Gaps and improvements</source>
            <translation>Stap 6 van 7: Knelpunten en verbeteringen</translation>
        </message>
        <message>
            <source>Suggested gaps:</source>
            <translation>Voorgestelde knelpunten:</translation>
        </message>
        <message>
            <source>The due date of {actions} has already passed. Keep it anyway?</source>
            <translation>De deadline van {actions} is al verstreken. Wil je die datum toch houden?</translation>
        </message>
        <message>
            <source>This gap already has an action.</source>
            <translation>Voor dit knelpunt is al een actie.</translation>
        </message>
        <message>
            <source>What will you do?</source>
            <translation>Wat ga je doen?</translation>
        </message>
        <message>
            <source>Who does it?</source>
            <translation>Wie doet het?</translation>
        </message>
        <message>
            <source>Your actions:</source>
            <translation>Je acties:</translation>
        </message>
        <message>
            <source>e.g. Piet</source>
            <translation>bijv. Piet</translation>
        </message>
        <message>
            <source>e.g. put opening hours on Google</source>
            <translation>bijv. openingstijden op Google zetten</translation>
        </message>
    </context>
    <context>
        <name>BrandPage</name>
        <message>
            <source>Every contact with a customer should fit what you stand for. Describe your business and what makes it special; you will check each step of the journey against it.</source>
            <translation>Elk contact met een klant moet passen bij waar je voor staat. Beschrijf je bedrijf en wat het bijzonder maakt; daaraan toets je straks elke stap van de klantreis.</translation>
        </message>
        <message>
            <source>Name of your business:</source>
            <translation>Naam van je bedrijf:</translation>
        </message>
        <message>
            <source>One sentence customers should be able to count on, in every contact with you.</source>
            <translation>Eén zin waar klanten bij elk contact met jou op moeten kunnen rekenen.</translation>
        </message>
        <message>
            <source>Short description:</source>
            <translation>Korte beschrijving:</translation>
        </message>
        <message>
            <source>Step 1 of 7: Your business</source>
            <translation>Stap 1 van 7: Je bedrijf</translation>
        </message>
        <message>
            <source>What do you sell?</source>
            <translation>Wat verkoop je?</translation>
        </message>
        <message>
            <source>What makes you unique?</source>
            <translation>Wat maakt je uniek?</translation>
        </message>
        <message>
            <source>Your promise to customers:</source>
            <translation>Je belofte aan klanten:</translation>
        </message>
        <message>
            <source>Your unique selling points (USPs): type one, press Enter or Add, then the next.</source>
            <translation>Waarin je je onderscheidt (je USP's): typ er een, druk op Enter of Toevoegen, dan de volgende.</translation>
        </message>
        <message>
            <source>e.g. Bakery Jansen</source>
            <translation>bijv. Bakkerij Jansen</translation>
        </message>
        <message>
            <source>e.g. a family bakery in the city centre since 1952</source>
            <translation>bijv. een familiebakkerij in het centrum sinds 1952</translation>
        </message>
        <message>
            <source>e.g. always fresh, always friendly</source>
            <translation>bijv. altijd vers, altijd vriendelijk</translation>
        </message>
        <message>
            <source>e.g. baked fresh every morning</source>
            <translation>bijv. elke ochtend vers gebakken</translation>
        </message>
        <message>
            <source>e.g. sourdough bread and pastries</source>
            <translation>bijv. zuurdesembrood en gebak</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Double-click to open the persona</source>
            <translation>Dubbelklik om de persona te openen</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Unnamed persona</source>
            <translation>Naamloze persona</translation>
        </message>
    </context>
    <context>
        <name>CardImageField</name>
        <message>
            <source>A PNG or JPEG picture; large pictures are made smaller</source>
            <translation>Een PNG- of JPEG-afbeelding; grote afbeeldingen worden verkleind</translation>
        </message>
        <message>
            <source>Cannot be shown</source>
            <translation>Kan niet getoond worden</translation>
        </message>
        <message>
            <source>Choose an image</source>
            <translation>Kies een afbeelding</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Afbeelding kiezen…</translation>
        </message>
        <message>
            <source>Image not used</source>
            <translation>Afbeelding niet gebruikt</translation>
        </message>
        <message>
            <source>No image</source>
            <translation>Geen afbeelding</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove the card's picture</source>
            <translation>De afbeelding van de kaart verwijderen</translation>
        </message>
    </context>
    <context>
        <name>CardsImportDialog</name>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>&amp;Import Without Those Rows</source>
            <translation>&amp;Importeren zonder die rijen</translation>
        </message>
        <message>
            <source>(formula)</source>
            <translation>(formule)</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(negeren)</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kleur</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Drop-off</source>
            <translation>Afhaakmoment</translation>
        </message>
        <message>
            <source>Each row of “{name}” becomes a card. Choose which field each column holds; columns named Stage, Step, Lane, Title, Details (or Fase, Stap, Baan, Titel, Toelichting) are matched already.</source>
            <translation>Elke rij van “{name}” wordt een kaart. Kies welk veld elke kolom bevat; kolommen met de naam Fase, Stap, Baan, Titel, Toelichting (of Stage, Step, Lane, Title, Details) zijn al gekoppeld.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Onderbouwing</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>How measured</source>
            <translation>Hoe gemeten</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Baan</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Soort baan</translation>
        </message>
        <message>
            <source>Map from Spreadsheet</source>
            <translation>Klantreis uit spreadsheet</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Moment of truth</translation>
        </message>
        <message>
            <source>Online/offline</source>
            <translation>Online/offline</translation>
        </message>
        <message>
            <source>Save &amp;Template…</source>
            <translation>&amp;Sjabloon opslaan…</translation>
        </message>
        <message>
            <source>Save a sample workbook with the columns and two cards</source>
            <translation>Sla een voorbeeldwerkmap op met de kolommen en twee kaarten</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Sjabloon opslaan</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Sentiment</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>cards-template</source>
            <translation>kaarten-sjabloon</translation>
        </message>
        <message>
            <source>{n} rows cannot be read and will be left out.</source>
            <translation>{n} rijen zijn onleesbaar en worden weggelaten.</translation>
        </message>
        <message>
            <source>{rows} rows: {stages} stages, {steps} steps, {lanes} lanes and {cards} cards.</source>
            <translation>{rows} rijen: {stages} fasen, {steps} stappen, {lanes} banen en {cards} kaarten.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>The touchpoint library has no entry '{touchpoint_id}'.</source>
            <translation>De touchpointbibliotheek heeft geen item '{touchpoint_id}'.</translation>
        </message>
        <message>
            <source>Unknown language '{language}'. Known: {known}.</source>
            <translation>Onbekende taal '{language}'. Bekend: {known}.</translation>
        </message>
        <message>
            <source>Unknown template '{template_id}'. Known: {known}.</source>
            <translation>Onbekend sjabloon '{template_id}'. Bekend: {known}.</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Action “{title}” has no due date.</source>
            <translation>Actie “{title}” heeft geen deadline.</translation>
        </message>
        <message>
            <source>Action “{title}” has no owner and no due date.</source>
            <translation>Actie “{title}” heeft geen eigenaar en geen deadline.</translation>
        </message>
        <message>
            <source>Action “{title}” has no owner.</source>
            <translation>Actie “{title}” heeft geen eigenaar.</translation>
        </message>
        <message>
            <source>Actions without an owner or a due date</source>
            <translation>Acties zonder eigenaar of deadline</translation>
        </message>
        <message>
            <source>Pain point “{title}” has no action.</source>
            <translation>Pijnpunt “{title}” heeft geen actie.</translation>
        </message>
        <message>
            <source>Pain points without an action</source>
            <translation>Pijnpunten zonder actie</translation>
        </message>
        <message>
            <source>Stage “{stage}” has no customer goal.</source>
            <translation>Fase “{stage}” heeft geen klantdoel.</translation>
        </message>
        <message>
            <source>Stage “{stage}” has no touchpoints.</source>
            <translation>Fase “{stage}” heeft geen touchpoints.</translation>
        </message>
        <message>
            <source>Stages without a customer goal</source>
            <translation>Fasen zonder klantdoel</translation>
        </message>
        <message>
            <source>Stages without touchpoints</source>
            <translation>Fasen zonder touchpoints</translation>
        </message>
        <message>
            <source>Step “{step}” has no emotion on curve “{curve}”.</source>
            <translation>Stap “{step}” heeft geen emotie op curve “{curve}”.</translation>
        </message>
        <message>
            <source>Step “{step}” has no emotion.</source>
            <translation>Stap “{step}” heeft geen emotie.</translation>
        </message>
        <message>
            <source>Step “{step}” has no emotion: the map has no emotion curve.</source>
            <translation>Stap “{step}” heeft geen emotie: de klantreis heeft geen emotiecurve.</translation>
        </message>
        <message>
            <source>Steps without an emotion</source>
            <translation>Stappen zonder emotie</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Click to show this on the map.</source>
            <translation>Klik om dit op de klantreis te tonen.</translation>
        </message>
        <message>
            <source>The project has no map yet.</source>
            <translation>Het project heeft nog geen klantreis.</translation>
        </message>
        <message>
            <source>This map has {n} points to finish. Click one to show it on the map.</source>
            <translation>Deze klantreis heeft nog {n} punten om af te maken. Klik op een punt om het op de klantreis te tonen.</translation>
        </message>
        <message>
            <source>This map is complete: every check passes.</source>
            <translation>Deze klantreis is compleet: alle controles slagen.</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Klantreis zonder titel</translation>
        </message>
        <message>
            <source>{title} (to-be)</source>
            <translation>{title} (to-be)</translation>
        </message>
        <message>
            <source>{title} — complete</source>
            <translation>{title} — compleet</translation>
        </message>
    </context>
    <context>
        <name>ColorField</name>
        <message>
            <source>Choose a colour</source>
            <translation>Kies een kleur</translation>
        </message>
        <message>
            <source>Default colour</source>
            <translation>Standaardkleur</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Use the default colour</source>
            <translation>De standaardkleur gebruiken</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <source>&lt;b&gt;{as_is}&lt;/b&gt; (as-is) against &lt;b&gt;{to_be}&lt;/b&gt; (to-be): {added} touchpoints added, {removed} removed, {changed} changed.</source>
            <translation>&lt;b&gt;{as_is}&lt;/b&gt; (as-is) tegenover &lt;b&gt;{to_be}&lt;/b&gt; (to-be): {added} touchpoints toegevoegd, {removed} verwijderd, {changed} gewijzigd.</translation>
        </message>
        <message>
            <source>Double-click to show this touchpoint on its map</source>
            <translation>Dubbelklik om dit touchpoint op zijn klantreis te tonen</translation>
        </message>
        <message>
            <source>Show a to-be map that is linked to its as-is map (or that as-is map) to compare them. Make a to-be copy from the Maps panel to start one.</source>
            <translation>Toon een to-be-klantreis die aan zijn as-is-klantreis is gekoppeld (of die as-is-klantreis) om ze te vergelijken. Maak er een met een to-be-kopie in het paneel Klantreizen.</translation>
        </message>
        <message>
            <source>Stage and touchpoint</source>
            <translation>Fase en touchpoint</translation>
        </message>
        <message>
            <source>Unnamed stage</source>
            <translation>Naamloze fase</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Klantreis zonder titel</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Wat verschilt</translation>
        </message>
        <message>
            <source>added in the to-be map</source>
            <translation>toegevoegd in de to-be-klantreis</translation>
        </message>
        <message>
            <source>changed: {fields}</source>
            <translation>gewijzigd: {fields}</translation>
        </message>
        <message>
            <source>new stage</source>
            <translation>nieuwe fase</translation>
        </message>
        <message>
            <source>no longer in the to-be map</source>
            <translation>niet meer in de to-be-klantreis</translation>
        </message>
        <message>
            <source>no touchpoints</source>
            <translation>geen touchpoints</translation>
        </message>
        <message>
            <source>stage only in the as-is map</source>
            <translation>fase alleen in de as-is-klantreis</translation>
        </message>
        <message>
            <source>{n} added</source>
            <translation>{n} toegevoegd</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>{n} gewijzigd</translation>
        </message>
        <message>
            <source>{n} removed</source>
            <translation>{n} verwijderd</translation>
        </message>
        <message>
            <source>{n} the same</source>
            <translation>{n} hetzelfde</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsEditor</name>
        <message>
            <source>Add field</source>
            <translation>Veld toevoegen</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Veld verwijderen</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>Clear the date</source>
            <translation>Datum wissen</translation>
        </message>
        <message>
            <source>No date</source>
            <extracomment>A day was chosen in the calendar: the choice is made, like a pick in a drop-down list.</extracomment>
            <translation>Geen datum</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Untitled</source>
            <extracomment>A new project replaced the old one (load, restore): views rebuild everything. An edit was refused; carries the UserError (the project did not change). Edits only merge within one generation: leaving a field starts a new undo step.</extracomment>
            <translation>Naamloos</translation>
        </message>
    </context>
    <context>
        <name>Edit</name>
        <message>
            <source>A card cannot be moved twice at once.</source>
            <translation>Een kaart kan niet twee keer tegelijk worden verplaatst.</translation>
        </message>
        <message>
            <source>A lane with cards cannot become an emotion lane; move the cards first.</source>
            <translation>Een baan met kaarten kan geen emotiebaan worden; verplaats eerst de kaarten.</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Kaart toevoegen</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Emotiecurve toevoegen</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Baan toevoegen</translation>
        </message>
        <message>
            <source>Add map</source>
            <translation>Klantreis toevoegen</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Persona toevoegen</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Fase toevoegen</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Stap toevoegen</translation>
        </message>
        <message>
            <source>An ID cannot be changed.</source>
            <translation>Een ID kan niet worden gewijzigd.</translation>
        </message>
        <message>
            <source>An emotion lane with curves cannot change kind; delete the curves first.</source>
            <translation>Een emotiebaan met curven kan niet van soort veranderen; verwijder eerst de curven.</translation>
        </message>
        <message>
            <source>An emotion must be a whole number from {low} to {high}.</source>
            <translation>Een emotie moet een heel getal van {low} tot {high} zijn.</translation>
        </message>
        <message>
            <source>Cards cannot go in the emotion lane '{lane}'.</source>
            <translation>Kaarten kunnen niet in de emotiebaan '{lane}'.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijzigen</translation>
        </message>
        <message>
            <source>Change action</source>
            <translation>Actie wijzigen</translation>
        </message>
        <message>
            <source>Change brand</source>
            <translation>Merk wijzigen</translation>
        </message>
        <message>
            <source>Change card</source>
            <translation>Kaart wijzigen</translation>
        </message>
        <message>
            <source>Change emotion</source>
            <translation>Emotie wijzigen</translation>
        </message>
        <message>
            <source>Change emotion curve</source>
            <translation>Emotiecurve wijzigen</translation>
        </message>
        <message>
            <source>Change emotion note</source>
            <translation>Emotienotitie wijzigen</translation>
        </message>
        <message>
            <source>Change lane</source>
            <translation>Baan wijzigen</translation>
        </message>
        <message>
            <source>Change map</source>
            <translation>Klantreis wijzigen</translation>
        </message>
        <message>
            <source>Change persona</source>
            <translation>Persona wijzigen</translation>
        </message>
        <message>
            <source>Change project</source>
            <translation>Project wijzigen</translation>
        </message>
        <message>
            <source>Change stage</source>
            <translation>Fase wijzigen</translation>
        </message>
        <message>
            <source>Change step</source>
            <translation>Stap wijzigen</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Actie verwijderen</translation>
        </message>
        <message>
            <source>Delete actions</source>
            <translation>Acties verwijderen</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Kaart verwijderen</translation>
        </message>
        <message>
            <source>Delete emotion curve</source>
            <translation>Emotiecurve verwijderen</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Baan verwijderen</translation>
        </message>
        <message>
            <source>Delete map</source>
            <translation>Klantreis verwijderen</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Persona verwijderen</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Fase verwijderen</translation>
        </message>
        <message>
            <source>Delete step</source>
            <translation>Stap verwijderen</translation>
        </message>
        <message>
            <source>Guided set-up</source>
            <translation>Stappenplan</translation>
        </message>
        <message>
            <source>Guided set-up: {name}</source>
            <translation>Stappenplan: {name}</translation>
        </message>
        <message>
            <source>Import action plan</source>
            <translation>Actieplan importeren</translation>
        </message>
        <message>
            <source>Import map</source>
            <extracomment>Further maps read from the same file (CJML holds several journeys), added after `journey`.</extracomment>
            <translation>Klantreis importeren</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>Kaart verplaatsen</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Kaarten verplaatsen</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Baan verplaatsen</translation>
        </message>
        <message>
            <source>Move map</source>
            <translation>Klantreis verplaatsen</translation>
        </message>
        <message>
            <source>Move persona</source>
            <translation>Persona verplaatsen</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Fase verplaatsen</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Stap verplaatsen</translation>
        </message>
        <message>
            <source>Only an emotion lane can hold curves.</source>
            <translation>Alleen een emotiebaan kan curven bevatten.</translation>
        </message>
        <message>
            <source>Position {index} is outside 0 to {last}.</source>
            <translation>Positie {index} ligt buiten 0 tot {last}.</translation>
        </message>
        <message>
            <source>The ID '{id}' is already used in the project.</source>
            <translation>De ID '{id}' wordt al gebruikt in het project.</translation>
        </message>
        <message>
            <source>The field '{field}' is changed by its own edits.</source>
            <translation>Het veld '{field}' wordt via eigen bewerkingen gewijzigd.</translation>
        </message>
        <message>
            <source>The note is not valid: {error}</source>
            <translation>De notitie is niet geldig: {error}</translation>
        </message>
        <message>
            <source>The text of '{field}' holds a broken character ({code}) that cannot be saved; type the text again.</source>
            <translation>De tekst van '{field}' bevat een kapot teken ({code}) dat niet kan worden opgeslagen; typ de tekst opnieuw.</translation>
        </message>
        <message>
            <source>The value of '{field}' is not valid: {error}</source>
            <translation>De waarde van '{field}' is niet geldig: {error}</translation>
        </message>
        <message>
            <source>There is no action with ID '{id}'.</source>
            <translation>Er is geen actie met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is no card with ID '{id}'.</source>
            <translation>Er is geen kaart met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is no emotion curve with ID '{id}'.</source>
            <translation>Er is geen emotiecurve met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is no field '{field}' to change.</source>
            <translation>Er is geen veld '{field}' om te wijzigen.</translation>
        </message>
        <message>
            <source>There is no lane with ID '{id}'.</source>
            <translation>Er is geen baan met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is no map with ID '{id}'.</source>
            <translation>Er is geen klantreis met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is no persona with ID '{id}'.</source>
            <translation>Er is geen persona met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is no stage with ID '{id}'.</source>
            <translation>Er is geen fase met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is no step with ID '{id}'.</source>
            <translation>Er is geen stap met ID '{id}'.</translation>
        </message>
        <message>
            <source>There is nothing with ID '{id}'.</source>
            <translation>Er is niets met ID '{id}'.</translation>
        </message>
        <message>
            <source>This change would break the project: {problem}.</source>
            <translation>Deze wijziging zou het project beschadigen: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>EmotionPicker</name>
        <message>
            <source>Negative</source>
            <translation>Negatief</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutraal</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positief</translation>
        </message>
        <message>
            <source>Very negative</source>
            <translation>Zeer negatief</translation>
        </message>
        <message>
            <source>Very positive</source>
            <translation>Zeer positief</translation>
        </message>
    </context>
    <context>
        <name>ExperiencePage</name>
        <message>
            <source>(no touchpoint: choose one on the left)</source>
            <translation>(geen contactmoment: kies er links een)</translation>
        </message>
        <message>
            <source>(unnamed stage)</source>
            <translation>(naamloze fase)</translation>
        </message>
        <message>
            <source>(unnamed touchpoint)</source>
            <translation>(naamloos touchpoint)</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Stap toevoegen</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Every step</source>
            <translation>Elke stap</translation>
        </message>
        <message>
            <source>How does this step feel to them?</source>
            <translation>Hoe voelt deze stap voor ze?</translation>
        </message>
        <message>
            <source>How long does this stage take?</source>
            <translation>Hoe lang duurt deze fase?</translation>
        </message>
        <message>
            <source>In which step do they meet each touchpoint?</source>
            <translation>In welke stap komen ze elk contactmoment tegen?</translation>
        </message>
        <message>
            <source>Might they give up here?</source>
            <translation>Haken ze hier misschien af?</translation>
        </message>
        <message>
            <source>No touchpoints for this stage yet: step 4 is where you choose them.</source>
            <translation>Nog geen touchpoints voor deze fase: die kies je in stap 4.</translation>
        </message>
        <message>
            <source>One pain point a line.</source>
            <translation>Eén ergernis per regel.</translation>
        </message>
        <message>
            <source>Put yourself in your customer's shoes, step by step. Where they feel bad or give up is where you can win the most.</source>
            <translation>Verplaats je stap voor stap in je klant. Waar de klant zich ongemakkelijk voelt of afhaakt, valt het meest te winnen.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Several steps</source>
            <translation>Meerdere stappen</translation>
        </message>
        <message>
            <source>Step 5 of 7: What your customer experiences</source>
            <translation>Stap 5 van 7: Wat je klant beleeft</translation>
        </message>
        <message>
            <source>Step name:</source>
            <translation>Naam van de stap:</translation>
        </message>
        <message>
            <source>Step of {touchpoint}</source>
            <translation>Stap van {touchpoint}</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Stap {number}</translation>
        </message>
        <message>
            <source>Steps in “{stage}”</source>
            <translation>Stappen in “{stage}”</translation>
        </message>
        <message>
            <source>This step</source>
            <translation>Deze stap</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>What bothers them?</source>
            <translation>Waar ergeren ze zich aan?</translation>
        </message>
        <message>
            <source>What do they do?</source>
            <translation>Wat doen ze?</translation>
        </message>
        <message>
            <source>What do they feel?</source>
            <translation>Wat voelen ze?</translation>
        </message>
        <message>
            <source>What do they think or ask?</source>
            <translation>Wat denken of vragen ze?</translation>
        </message>
        <message>
            <source>What does your customer do, one step at a time?</source>
            <translation>Wat doet je klant, stap voor stap?</translation>
        </message>
        <message>
            <source>Where does this happen?</source>
            <translation>Waar gebeurt dit?</translation>
        </message>
        <message>
            <source>e.g. 2 days</source>
            <translation>bijv. 2 dagen</translation>
        </message>
        <message>
            <source>e.g. curious, a bit rushed</source>
            <translation>bijv. nieuwsgierig, een beetje gehaast</translation>
        </message>
        <message>
            <source>e.g. looks for a bakery</source>
            <translation>bijv. zoekt een bakker</translation>
        </message>
        <message>
            <source>e.g. looks for a bakery on Google Maps</source>
            <translation>bijv. zoekt een bakker op Google Maps</translation>
        </message>
        <message>
            <source>e.g. opening hours are not online</source>
            <translation>bijv. openingstijden staan niet online</translation>
        </message>
        <message>
            <source>e.g. when the queue is too long</source>
            <translation>bijv. als de rij te lang is</translation>
        </message>
        <message>
            <source>e.g. “Are they open on Sunday?”</source>
            <translation>bijv. “Zijn ze op zondag open?”</translation>
        </message>
        <message>
            <source>★ is a moment of truth.</source>
            <translation>★ is een beslissend moment (moment of truth).</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>&amp;Action plan</source>
            <translation>&amp;Actieplan</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Map:</translation>
        </message>
        <message>
            <source>&amp;Large maps:</source>
            <translation>Grote &amp;klantreizen:</translation>
        </message>
        <message>
            <source>&amp;Mermaid journey text (.mmd)</source>
            <translation>Mermaid-&amp;tekst per klantreis (.mmd)</translation>
        </message>
        <message>
            <source>&amp;Open the folder when done</source>
            <translation>Map &amp;openen als het klaar is</translation>
        </message>
        <message>
            <source>&amp;PDF report (.pdf)</source>
            <translation>&amp;PDF-rapport (.pdf)</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Vervangen</translation>
        </message>
        <message>
            <source>&amp;SVG drawing of each map (.svg)</source>
            <translation>&amp;SVG-tekening per klantreis (.svg)</translation>
        </message>
        <message>
            <source>A workbook to run the improvement plan in; File &gt; Import Action Plan reads it back</source>
            <translation>Een werkmap om het verbeterplan in bij te houden; Bestand &gt; Actieplan importeren leest hem terug</translation>
        </message>
        <message>
            <source>Auto (smallest sheet with readable text)</source>
            <translation>Automatisch (kleinste vel met leesbare tekst)</translation>
        </message>
        <message>
            <source>Card text prints at least this size; Auto picks the paper for it</source>
            <translation>Kaarttekst wordt minstens zo groot afgedrukt; Automatisch kiest het papier erbij</translation>
        </message>
        <message>
            <source>Choose a folder.</source>
            <translation>Kies een map.</translation>
        </message>
        <message>
            <source>Choose an existing folder, or create it first.</source>
            <translation>Kies een bestaande map, of maak hem eerst aan.</translation>
        </message>
        <message>
            <source>Choose at least one format.</source>
            <translation>Kies minstens één formaat.</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Eigen formaat</translation>
        </message>
        <message>
            <source>Do you want to replace it?</source>
            <translation>Wil je het vervangen?</translation>
        </message>
        <message>
            <source>Do you want to replace them?</source>
            <translation>Wil je ze vervangen?</translation>
        </message>
        <message>
            <source>E&amp;xcel action plan (.xlsx)</source>
            <translation>E&amp;xcel-actieplan (.xlsx)</translation>
        </message>
        <message>
            <source>Every file gets this name, with its own extension</source>
            <translation>Elk bestand krijgt deze naam, met zijn eigen extensie</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>Exporteren naar map</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Bestands&amp;naam:</translation>
        </message>
        <message>
            <source>Files: {names}</source>
            <translation>Bestanden: {names}</translation>
        </message>
        <message>
            <source>Fit on one page</source>
            <translation>Passend op één pagina</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formaten</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>Opnemen:</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Liggend</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Maps in the PDF, Mermaid text and pictures</source>
            <translation>Klantreizen in de pdf, de Mermaid-tekst en de afbeeldingen</translation>
        </message>
        <message>
            <source>Maps to export</source>
            <translation>Te exporteren klantreizen</translation>
        </message>
        <message>
            <source>One page, tiles when text would be too small</source>
            <translation>Eén pagina, in delen als de tekst te klein wordt</translation>
        </message>
        <message>
            <source>Orien&amp;tation:</source>
            <translation>&amp;Richting:</translation>
        </message>
        <message>
            <source>P&amp;ersona pages</source>
            <translation>P&amp;ersonapagina’s</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF-rapport</translation>
        </message>
        <message>
            <source>PN&amp;G picture of each map (.png)</source>
            <translation>PN&amp;G-afbeelding per klantreis (.png)</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>Papier&amp;formaat:</translation>
        </message>
        <message>
            <source>Picture s&amp;cale:</source>
            <translation>Afbeeldingss&amp;chaal:</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Staand</translation>
        </message>
        <message>
            <source>S&amp;mallest text:</source>
            <translation>K&amp;leinste tekst:</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Opslaan in</translation>
        </message>
        <message>
            <source>Size of the pictures compared with the map on screen at 100%</source>
            <translation>Grootte van de afbeeldingen ten opzichte van de klantreis op het scherm bij 100%</translation>
        </message>
        <message>
            <source>Tabloid</source>
            <translation>Tabloid</translation>
        </message>
        <message>
            <source>Text for Mermaid diagrams, as used in wikis and Markdown documents</source>
            <translation>Tekst voor Mermaid-diagrammen, zoals in wiki’s en Markdown-documenten</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist.</source>
            <translation>De map “{folder}” bestaat niet.</translation>
        </message>
        <message>
            <source>Tick at least one map.</source>
            <translation>Vink minstens één klantreis aan.</translation>
        </message>
        <message>
            <source>Tile over several pages</source>
            <translation>Over meerdere pagina’s verdelen</translation>
        </message>
        <message>
            <source>Type a file name.</source>
            <translation>Typ een bestandsnaam.</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Klantreis zonder titel</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>en nog {n}</translation>
        </message>
        <message>
            <source>{n} of the files already exist.</source>
            <translation>{n} van de bestanden bestaan al.</translation>
        </message>
        <message>
            <source>“{name}” already exists.</source>
            <translation>“{name}” bestaat al.</translation>
        </message>
    </context>
    <context>
        <name>ExportRunner</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Export cancelled; {n} of {total} files written.</source>
            <translation>Export geannuleerd; {n} van {total} bestanden geschreven.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <source>Exported {n} files to {folder}</source>
            <translation>{n} bestanden geëxporteerd naar {folder}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <source>Files written before the problem are complete: {names}</source>
            <translation>De bestanden van vóór het probleem zijn volledig: {names}</translation>
        </message>
        <message>
            <source>No file was written. The project is unchanged.</source>
            <translation>Er is geen bestand geschreven. Het project is ongewijzigd.</translation>
        </message>
        <message>
            <source>Stopping the export…</source>
            <translation>Exporteren wordt gestopt…</translation>
        </message>
        <message>
            <source>The export is written, with a warning.</source>
            <translation>De export is geschreven, met een waarschuwing.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>{name} schrijven…</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Journey Mapping Guide</source>
            <translation>Handleiding klantreizen</translation>
        </message>
    </context>
    <context>
        <name>GuidedSetup</name>
        <message>
            <source>Advertising</source>
            <translation>Reclame</translation>
        </message>
        <message>
            <source>Alone, with a partner, with children.</source>
            <translation>Alleen, met een partner, met kinderen.</translation>
        </message>
        <message>
            <source>An age, or a phase of life.</source>
            <translation>Een leeftijd, of een fase in het leven.</translation>
        </message>
        <message>
            <source>And which content they need while deciding.</source>
            <translation>En welke informatie ze nodig hebben om te beslissen.</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Houding</translation>
        </message>
        <message>
            <source>Buying</source>
            <translation>Kopen</translation>
        </message>
        <message>
            <source>Cannot continue the set-up</source>
            <translation>Kan het stappenplan niet hervatten</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Current journey</source>
            <translation>Huidige klantreis</translation>
        </message>
        <message>
            <source>Current journey of {persona}</source>
            <translation>Huidige klantreis van {persona}</translation>
        </message>
        <message>
            <source>Do they come back, and how often?</source>
            <translation>Komen ze terug, en hoe vaak?</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>Doen</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emotie</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenementen</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Voelen</translation>
        </message>
        <message>
            <source>Find a way to reach the customer in this stage</source>
            <translation>Zoek een manier om de klant in deze fase te bereiken</translation>
        </message>
        <message>
            <source>Frustrations and problems around buying.</source>
            <translation>Ergernissen en problemen rond het kopen.</translation>
        </message>
        <message>
            <source>How loyal are they?</source>
            <translation>Hoe trouw zijn ze?</translation>
        </message>
        <message>
            <source>How old are they?</source>
            <translation>Hoe oud zijn ze?</translation>
        </message>
        <message>
            <source>How they think about topics that matter here.</source>
            <translation>Hoe ze denken over onderwerpen die hier belangrijk zijn.</translation>
        </message>
        <message>
            <source>Improvements</source>
            <translation>Verbeteringen</translation>
        </message>
        <message>
            <source>Make this step pleasant for the customer</source>
            <translation>Maak deze stap prettig voor de klant</translation>
        </message>
        <message>
            <source>Measured at: {touchpoint}</source>
            <translation>Gemeten bij: {touchpoint}</translation>
        </message>
        <message>
            <source>Measuring</source>
            <translation>Meten</translation>
        </message>
        <message>
            <source>Newspapers, social media, radio, apps.</source>
            <translation>Kranten, social media, radio, apps.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Pain points and drop-off</source>
            <translation>Pijnpunten en afhaken</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>People and things that sway the decision.</source>
            <translation>Mensen en dingen die de beslissing beïnvloeden.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Printed matter</source>
            <translation>Drukwerk</translation>
        </message>
        <message>
            <source>Remove the reason customers give up: “{text}”</source>
            <translation>Neem de reden weg waarom klanten afhaken: “{text}”</translation>
        </message>
        <message>
            <source>Review sites</source>
            <translation>Reviewsites</translation>
        </message>
        <message>
            <source>Sales conversations</source>
            <translation>Verkoopgesprekken</translation>
        </message>
        <message>
            <source>Search engines and maps</source>
            <translation>Zoekmachines en kaarten</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Winkel</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Social media</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Stap {number}</translation>
        </message>
        <message>
            <source>Take away the cause of “{text}”</source>
            <translation>Neem de oorzaak van “{text}” weg</translation>
        </message>
        <message>
            <source>The file cannot be opened.</source>
            <translation>Het bestand kan niet worden geopend.</translation>
        </message>
        <message>
            <source>The most common reasons not to buy.</source>
            <translation>De meest voorkomende redenen om niet te kopen.</translation>
        </message>
        <message>
            <source>The picture cannot be read: {reason}</source>
            <translation>De afbeelding kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>The picture has too many pixels.</source>
            <translation>De afbeelding heeft te veel pixels.</translation>
        </message>
        <message>
            <source>The picture is still too large after shrinking it.</source>
            <translation>De afbeelding is na verkleinen nog steeds te groot.</translation>
        </message>
        <message>
            <source>The picture is too large ({size} MB). Choose one under {limit} MB.</source>
            <translation>De afbeelding is te groot ({size} MB). Kies er een kleiner dan {limit} MB.</translation>
        </message>
        <message>
            <source>The reasons that lead to a (new) purchase.</source>
            <translation>De redenen die tot een (nieuwe) aankoop leiden.</translation>
        </message>
        <message>
            <source>The saved set-up cannot be read ({where}: {reason}).</source>
            <translation>Het opgeslagen stappenplan kan niet worden gelezen ({where}: {reason}).</translation>
        </message>
        <message>
            <source>The saved set-up is too large.</source>
            <translation>Het opgeslagen stappenplan is te groot.</translation>
        </message>
        <message>
            <source>The saved set-up was made by a newer version of this program.</source>
            <translation>Het opgeslagen stappenplan is gemaakt met een nieuwere versie van dit programma.</translation>
        </message>
        <message>
            <source>Their goals and buying motives.</source>
            <translation>Hun doelen en koopmotieven.</translation>
        </message>
        <message>
            <source>Their income or social class, roughly.</source>
            <translation>Hun inkomen of sociale klasse, ongeveer.</translation>
        </message>
        <message>
            <source>Their job; for business customers: sector, size and revenue.</source>
            <translation>Hun beroep; bij zakelijke klanten: branche, omvang en omzet.</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>Denken</translation>
        </message>
        <message>
            <source>This file is not a picture this program can read.</source>
            <translation>Dit bestand is geen afbeelding die dit programma kan lezen.</translation>
        </message>
        <message>
            <source>Time frame</source>
            <translation>Tijdsduur</translation>
        </message>
        <message>
            <source>To look around, to buy and to use: when, where, how.</source>
            <translation>Om rond te kijken, te kopen en te gebruiken: wanneer, waar, hoe.</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <source>Town or area, perhaps a postcode.</source>
            <translation>Plaats of regio, misschien een postcode.</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Gebruik</translation>
        </message>
        <message>
            <source>Web shop</source>
            <translation>Webwinkel</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>What bothers them?</source>
            <translation>Waar ergeren ze zich aan?</translation>
        </message>
        <message>
            <source>What can they spend?</source>
            <translation>Wat kunnen ze uitgeven?</translation>
        </message>
        <message>
            <source>What do they believe in?</source>
            <translation>Waar geloven ze in?</translation>
        </message>
        <message>
            <source>What do they want to achieve?</source>
            <translation>Wat willen ze bereiken?</translation>
        </message>
        <message>
            <source>What do they wish for?</source>
            <translation>Wat wensen ze?</translation>
        </message>
        <message>
            <source>What makes them buy?</source>
            <translation>Waarom kopen ze?</translation>
        </message>
        <message>
            <source>What stops them from buying?</source>
            <translation>Wat houdt ze tegen om te kopen?</translation>
        </message>
        <message>
            <source>What work do they do?</source>
            <translation>Wat voor werk doen ze?</translation>
        </message>
        <message>
            <source>What would make life easier for them?</source>
            <translation>Wat zou hun leven makkelijker maken?</translation>
        </message>
        <message>
            <source>Where do they live?</source>
            <translation>Waar wonen ze?</translation>
        </message>
        <message>
            <source>Where do they look for information?</source>
            <translation>Waar zoeken ze informatie?</translation>
        </message>
        <message>
            <source>Which channels do they use?</source>
            <translation>Welke kanalen gebruiken ze?</translation>
        </message>
        <message>
            <source>Which media do they use?</source>
            <translation>Welke media gebruiken ze?</translation>
        </message>
        <message>
            <source>Who do they live with?</source>
            <translation>Met wie wonen ze?</translation>
        </message>
        <message>
            <source>Who or what influences them?</source>
            <translation>Wie of wat beïnvloedt ze?</translation>
        </message>
        <message>
            <source>Who they are</source>
            <translation>Wie ze zijn</translation>
        </message>
        <message>
            <source>Word of mouth</source>
            <translation>Mond-tot-mond</translation>
        </message>
        <message>
            <source>e.g. 38, two young children</source>
            <translation>bijv. 38, twee jonge kinderen</translation>
        </message>
        <message>
            <source>e.g. Google Maps, Instagram, neighbours</source>
            <translation>bijv. Google Maps, Instagram, buren</translation>
        </message>
        <message>
            <source>e.g. Instagram and the local paper</source>
            <translation>bijv. Instagram en de lokale krant</translation>
        </message>
        <message>
            <source>e.g. Utrecht, 10 minutes by bike</source>
            <translation>bijv. Utrecht, 10 minuten fietsen</translation>
        </message>
        <message>
            <source>e.g. a relaxed breakfast with the family</source>
            <translation>bijv. een ontspannen ontbijt met het gezin</translation>
        </message>
        <message>
            <source>e.g. average income</source>
            <translation>bijv. modaal inkomen</translation>
        </message>
        <message>
            <source>e.g. family with two children</source>
            <translation>bijv. gezin met twee kinderen</translation>
        </message>
        <message>
            <source>e.g. friends, reviews, the school playground</source>
            <translation>bijv. vrienden, reviews, het schoolplein</translation>
        </message>
        <message>
            <source>e.g. looks on the phone, buys in the shop on Saturday</source>
            <translation>bijv. kijkt op de telefoon, koopt zaterdag in de winkel</translation>
        </message>
        <message>
            <source>e.g. no time to queue in the morning</source>
            <translation>bijv. 's ochtends geen tijd om in de rij te staan</translation>
        </message>
        <message>
            <source>e.g. nurse, part-time</source>
            <translation>bijv. verpleegkundige, parttime</translation>
        </message>
        <message>
            <source>e.g. order ahead and pick up quickly</source>
            <translation>bijv. vooraf bestellen en snel ophalen</translation>
        </message>
        <message>
            <source>e.g. prefers local, organic products</source>
            <translation>bijv. kiest liever lokale, biologische producten</translation>
        </message>
        <message>
            <source>e.g. price, parking, opening hours</source>
            <translation>bijv. prijs, parkeren, openingstijden</translation>
        </message>
        <message>
            <source>e.g. wants healthy bread for the children</source>
            <translation>bijv. wil gezond brood voor de kinderen</translation>
        </message>
        <message>
            <source>e.g. weekly, but tries new places</source>
            <translation>bijv. wekelijks, maar probeert ook nieuwe zaken</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>online and offline</source>
            <translation>online en offline</translation>
        </message>
        <message>
            <source>{stage}, step “{step}”</source>
            <translation>{stage}, stap “{step}”</translation>
        </message>
        <message>
            <source>{stage}: a pain point (“{text}”)</source>
            <translation>{stage}: een ergernis (“{text}”)</translation>
        </message>
        <message>
            <source>{stage}: customers may give up (“{text}”)</source>
            <translation>{stage}: klanten haken misschien af (“{text}”)</translation>
        </message>
        <message>
            <source>{stage}: no contact with the customer yet</source>
            <translation>{stage}: nog geen contact met de klant</translation>
        </message>
        <message>
            <source>{stage}: the customer feels bad</source>
            <translation>{stage}: de klant heeft er een slecht gevoel bij</translation>
        </message>
        <message>
            <source>{stage}: the customer feels bad (“{text}”)</source>
            <translation>{stage}: de klant heeft er een slecht gevoel bij (“{text}”)</translation>
        </message>
    </context>
    <context>
        <name>GuidedSetupWizard</name>
        <message>
            <source>Close the guided set-up?</source>
            <translation>Het stappenplan sluiten?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Weggooien</translation>
        </message>
        <message>
            <source>Do you want to keep what you have typed?</source>
            <translation>Wil je bewaren wat je hebt getypt?</translation>
        </message>
        <message>
            <source>Guided set-up</source>
            <translation>Stappenplan</translation>
        </message>
        <message>
            <source>If you discard it, your answers in this set-up are lost.</source>
            <translation>Als je het weggooit, ben je je antwoorden in dit stappenplan kwijt.</translation>
        </message>
        <message>
            <source>Keep what you have typed in a file and finish the set-up another time.</source>
            <translation>Bewaar wat je hebt ingevuld in een bestand en maak het stappenplan een andere keer af.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Verder werken</translation>
        </message>
        <message>
            <source>Make my journey map</source>
            <translation>Maak mijn klantreis</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Save and continue later</source>
            <translation>Opslaan en later verder</translation>
        </message>
        <message>
            <source>Save the set-up to continue later</source>
            <translation>Stappenplan opslaan om later verder te gaan</translation>
        </message>
        <message>
            <source>Unfinished set-up (*{suffix})</source>
            <translation>Onafgemaakt stappenplan (*{suffix})</translation>
        </message>
        <message>
            <source>Your answers cannot be kept automatically</source>
            <translation>Je antwoorden kunnen niet automatisch bewaard worden</translation>
        </message>
        <message>
            <source>journey</source>
            <translation>klantreis</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>en</source>
            <comment>Language code of this translation; picks help/guide_&lt;code&gt;.html</comment>
            <translation>nl</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;About CJM Desktop</source>
            <translation>&amp;Over CJM Desktop</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Voo&amp;rkeuren…</translation>
        </message>
        <message>
            <source>Journey Mapping &amp;Guide</source>
            <translation>&amp;Handleiding klantreizen</translation>
        </message>
    </context>
    <context>
        <name>ImageFileDrop</name>
        <message>
            <source>Add picture card</source>
            <translation>Afbeeldingskaart toevoegen</translation>
        </message>
        <message>
            <source>Add picture cards</source>
            <translation>Afbeeldingskaarten toevoegen</translation>
        </message>
        <message>
            <source>Image not used</source>
            <translation>Afbeelding niet gebruikt</translation>
        </message>
    </context>
    <context>
        <name>ImpactEffortMatrix</name>
        <message>
            <source>Effort →</source>
            <translation>Inspanning →</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation>Opvullers</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Impact →</translation>
        </message>
        <message>
            <source>Impact/effort matrix</source>
            <extracomment>Delete was pressed with dots selected. The numbered key changed: [(number, whole title, action ID)] of the dots whose title found no place beside them.</extracomment>
            <translation>Impact/inspanning-matrix</translation>
        </message>
        <message>
            <source>Major projects</source>
            <translation>Grote projecten</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Snelle winst</translation>
        </message>
        <message>
            <source>Thankless tasks</source>
            <translation>Tijdverspillers</translation>
        </message>
        <message>
            <source>{title}
Impact {impact}, effort {effort}</source>
            <extracomment>Labels of selected dots that cover something (from the last labels()). Dots whose whole title found no place: their number (drawn in the dot, listed in the key below the chart), from the last labels().</extracomment>
            <translation>{title}
Impact {impact}, inspanning {effort}</translation>
        </message>
    </context>
    <context>
        <name>ImportActionPlan</name>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>Cannot import action plan</source>
            <translation>Kan actieplan niet importeren</translation>
        </message>
        <message>
            <source>Changed actions: {n}</source>
            <translation>Gewijzigde acties: {n}</translation>
        </message>
        <message>
            <source>Changed: {title}</source>
            <translation>Gewijzigd: {title}</translation>
        </message>
        <message>
            <source>Edit &gt; Undo takes the import back.</source>
            <translation>Bewerken &gt; Ongedaan maken draait de import terug.</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Import action plan</source>
            <translation>Actieplan importeren</translation>
        </message>
        <message>
            <source>Import the action plan from “{name}”?</source>
            <translation>Het actieplan uit “{name}” importeren?</translation>
        </message>
        <message>
            <source>Imported the action plan from {name}: {summary}</source>
            <translation>Actieplan uit {name} geïmporteerd: {summary}</translation>
        </message>
        <message>
            <source>Kept, not in the sheet: {title}</source>
            <translation>Behouden, niet in het werkblad: {title}</translation>
        </message>
        <message>
            <source>New actions: {n}</source>
            <translation>Nieuwe acties: {n}</translation>
        </message>
        <message>
            <source>New: {title}</source>
            <translation>Nieuw: {title}</translation>
        </message>
        <message>
            <source>Not in the sheet, kept in the project: {n}</source>
            <translation>Niet in het werkblad, behouden in het project: {n}</translation>
        </message>
        <message>
            <source>The action plan in “{name}” has no changes.</source>
            <translation>Het actieplan in “{name}” bevat geen wijzigingen.</translation>
        </message>
        <message>
            <source>… and {n} more (Show Details).</source>
            <translation>… en nog {n} (Details tonen).</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kleur</translation>
        </message>
        <message>
            <source>Customer goal</source>
            <translation>Klantdoel</translation>
        </message>
        <message>
            <source>Customers drop off here</source>
            <translation>Klanten haken hier af</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Emotiecurve</translation>
        </message>
        <message>
            <source>Emotion per step</source>
            <translation>Emotie per stap</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Onderbouwing</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Verwachtingen</translation>
        </message>
        <message>
            <source>How measured</source>
            <translation>Hoe gemeten</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Baan</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Klantreis</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Meting</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Online/offline</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Moment of truth</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>No map</source>
            <translation>Geen klantreis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Nothing to edit</source>
            <translation>Niets te bewerken</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Sentiment</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Situatie</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Time frame</source>
            <translation>Tijdsduur</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <source>Unnamed persona</source>
            <translation>Naamloze persona</translation>
        </message>
        <message>
            <source>{count} objects selected</source>
            <translation>{count} objecten geselecteerd</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>&lt;b&gt;a journey map&lt;/b&gt;: the stages your customer goes through, where they meet you, and how each step feels to them;</source>
            <translation>&lt;b&gt;een klantreis&lt;/b&gt;: de fasen die je klant doorloopt, waar ze je tegenkomen en hoe elke stap voor ze voelt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;a persona&lt;/b&gt;: the customer you made the map for;</source>
            <translation>&lt;b&gt;een persona&lt;/b&gt;: de klant voor wie je de klantreis maakt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;an action plan&lt;/b&gt; of improvements, which you can print as a PDF or open in Excel.</source>
            <translation>&lt;b&gt;een actieplan&lt;/b&gt; met verbeteringen, dat je als pdf kunt afdrukken of in Excel kunt openen.</translation>
        </message>
        <message>
            <source>About 30 minutes. You can stop at any time and continue later.</source>
            <translation>Ongeveer 30 minuten. Je kunt altijd stoppen en later verdergaan.</translation>
        </message>
        <message>
            <source>At the end you will have:</source>
            <translation>Aan het eind heb je:</translation>
        </message>
        <message>
            <source>Read the guide to journey mapping (F1)</source>
            <translation>Lees de handleiding over klantreizen (F1)</translation>
        </message>
        <message>
            <source>What you type is kept as you go, even if the computer stops.</source>
            <translation>Wat je typt, wordt meteen bewaard, ook als de computer uitvalt.</translation>
        </message>
        <message>
            <source>You answer simple questions about your business and your customers; there are examples under every question. Nothing is final: you can change everything on the map afterwards.</source>
            <translation>Je beantwoordt eenvoudige vragen over je bedrijf en je klanten; bij elke vraag staan voorbeelden. Niets ligt vast: je kunt achteraf alles op de klantreis nog veranderen.</translation>
        </message>
        <message>
            <source>Your customer journey in seven short steps</source>
            <translation>Je klantreis in zeven korte stappen</translation>
        </message>
    </context>
    <context>
        <name>JourneyCanvas</name>
        <message>
            <source>Add a card, stage, step or lane next to the focused one</source>
            <translation>Een kaart, fase, stap of baan naast de gekozen toevoegen</translation>
        </message>
        <message>
            <source>Add a stage, step or lane before the focused header</source>
            <translation>Een fase, stap of baan vóór de gekozen kop toevoegen</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Emotiecurve toevoegen</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Baan eronder toevoegen</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Fase erna toevoegen</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Fase ervoor toevoegen</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>Stap erna toevoegen</translation>
        </message>
        <message>
            <source>Add the next item to the selection</source>
            <translation>Het volgende onderdeel aan de selectie toevoegen</translation>
        </message>
        <message>
            <source>Card {title}: lane {lane}, step {step}</source>
            <translation>Kaart {title}: baan {lane}, stap {step}</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Knippen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Delete curve “{name}”</source>
            <translation>Curve ‘{name}’ verwijderen</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>De selectie verwijderen</translation>
        </message>
        <message>
            <source>Duplicate curve “{name}”</source>
            <translation>Curve ‘{name}’ dupliceren</translation>
        </message>
        <message>
            <source>Duplicate lane</source>
            <translation>Baan dupliceren</translation>
        </message>
        <message>
            <source>Duplicate stage</source>
            <translation>Fase dupliceren</translation>
        </message>
        <message>
            <source>Duplicate step</source>
            <translation>Stap dupliceren</translation>
        </message>
        <message>
            <source>Edit the title; in an empty cell, add a card</source>
            <translation>De titel bewerken; in een lege cel een kaart toevoegen</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Titel bewerken</translation>
        </message>
        <message>
            <source>Emotion curve at step {step}: Ctrl+Up or Ctrl+Down changes it</source>
            <translation>Emotiecurve bij stap {step}: Ctrl+Omhoog of Ctrl+Omlaag verandert hem</translation>
        </message>
        <message>
            <source>Empty cell: lane {lane}, step {step}. Enter adds a card</source>
            <translation>Lege cel: baan {lane}, stap {step}. Enter voegt een kaart toe</translation>
        </message>
        <message>
            <source>Journey map</source>
            <extracomment>Alt+Enter on an item: show it in the inspector and put the keyboard there (object ID). A double-click on the persona card in the corner: show that persona (its ID).</extracomment>
            <translation>Klantreis</translation>
        </message>
        <message>
            <source>Lane {title}</source>
            <translation>Baan {title}</translation>
        </message>
        <message>
            <source>Menu of the focused item</source>
            <translation>Menu van het gekozen onderdeel</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag verplaatsen</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>Naar links verplaatsen</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>Naar rechts verplaatsen</translation>
        </message>
        <message>
            <source>Move the card or header; on the emotion curve, change the point</source>
            <translation>De kaart of kop verplaatsen; op de emotiecurve het punt veranderen</translation>
        </message>
        <message>
            <source>Move the keyboard focus between stages, steps, lanes and cards</source>
            <translation>De toetsenbordfocus verplaatsen tussen fasen, stappen, banen en kaarten</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog verplaatsen</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>Nieuwe kaart</translation>
        </message>
        <message>
            <source>New curve</source>
            <translation>Nieuwe curve</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Nieuwe baan</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Nieuwe fase</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Nieuwe stap</translation>
        </message>
        <message>
            <source>Next or previous item, in reading order</source>
            <translation>Volgend of vorig onderdeel, in leesvolgorde</translation>
        </message>
        <message>
            <source>Open the item in the inspector</source>
            <translation>Het onderdeel openen in Eigenschappen</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Plakken</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Fase {name}</translation>
        </message>
        <message>
            <source>Step {name} of stage {stage}</source>
            <translation>Stap {name} van fase {stage}</translation>
        </message>
        <message>
            <source>Unnamed curve</source>
            <translation>Naamloze curve</translation>
        </message>
        <message>
            <source>Zoom to fit</source>
            <translation>Passend maken</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (kopie)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Controlelijst</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;luiten</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Fit Map in Window</source>
            <translation>Klantreis &amp;passend in venster</translation>
        </message>
        <message>
            <source>&amp;Guided Set-up…</source>
            <translation>&amp;Stappenplan…</translation>
        </message>
        <message>
            <source>&amp;Import Action Plan…</source>
            <translation>Actieplan &amp;importeren…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Klantreis</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nieuw…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Panelen</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Plakken</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;fsluiten</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opn&amp;ieuw</translation>
        </message>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>Indeling he&amp;rstellen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Bee&amp;ld</translation>
        </message>
        <message>
            <source>A new lane below the selected one (Insert on a lane header)</source>
            <translation>Een nieuwe baan onder de gekozen baan (Insert op een baankop)</translation>
        </message>
        <message>
            <source>A new stage after the selected one (Insert on a stage header)</source>
            <translation>Een nieuwe fase na de gekozen fase (Insert op een fasekop)</translation>
        </message>
        <message>
            <source>A new stage before the selected one (Shift+Insert on a stage header)</source>
            <translation>Een nieuwe fase vóór de gekozen fase (Shift+Insert op een fasekop)</translation>
        </message>
        <message>
            <source>A new step after the selected one (Insert on a step header)</source>
            <translation>Een nieuwe stap na de gekozen stap (Insert op een stapkop)</translation>
        </message>
        <message>
            <source>Add La&amp;ne</source>
            <translation>&amp;Baan toevoegen</translation>
        </message>
        <message>
            <source>Add Map with Gui&amp;ded Set-up…</source>
            <translation>Klantreis toevoegen met &amp;stappenplan…</translation>
        </message>
        <message>
            <source>Add S&amp;tep</source>
            <translation>&amp;Stap toevoegen</translation>
        </message>
        <message>
            <source>Add Stage &amp;After</source>
            <translation>Fase &amp;erna toevoegen</translation>
        </message>
        <message>
            <source>Add Stage &amp;Before</source>
            <translation>Fase er&amp;voor toevoegen</translation>
        </message>
        <message>
            <source>Add a map, a persona and actions to this project with the guided set-up</source>
            <translation>Met het stappenplan een klantreis, een persona en acties aan dit project toevoegen</translation>
        </message>
        <message>
            <source>As-is / to-be comparison</source>
            <translation>Vergelijking as-is / to-be</translation>
        </message>
        <message>
            <source>Autosave is failing</source>
            <translation>Automatisch bewaren lukt niet</translation>
        </message>
        <message>
            <source>Autosave is failing: {reason}</source>
            <translation>Automatisch bewaren lukt niet: {reason}</translation>
        </message>
        <message>
            <source>Build a journey map and improvement plan step by step, without jargon</source>
            <translation>Maak stap voor stap een klantreis en verbeterplan, zonder vakjargon</translation>
        </message>
        <message>
            <source>CJM projects (*.cjm)</source>
            <translation>CJM-projecten (*.cjm)</translation>
        </message>
        <message>
            <source>Cannot recover</source>
            <translation>Kan niet herstellen</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Kan niet opslaan</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Controlelijst</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Menu wissen</translation>
        </message>
        <message>
            <source>Compare &amp;As-is and To-be</source>
            <translation>&amp;As-is en to-be vergelijken</translation>
        </message>
        <message>
            <source>Con&amp;tinue Saved Set-up…</source>
            <translation>Opgeslagen stappenplan &amp;hervatten…</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Verdergaan</translation>
        </message>
        <message>
            <source>Continue a saved set-up</source>
            <translation>Een opgeslagen stappenplan hervatten</translation>
        </message>
        <message>
            <source>Continue the guided set-up you were doing?</source>
            <translation>Verdergaan met het stappenplan waar je mee bezig was?</translation>
        </message>
        <message>
            <source>Copy the selected stage or lane with its cards, or the map or persona in its list</source>
            <translation>Kopieer de gekozen fase of baan met haar kaarten, of de klantreis of persona in de lijst</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>K&amp;nippen</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliceren</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Weggooien</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Passend</translation>
        </message>
        <message>
            <source>Focus on &amp;Map</source>
            <translation>Alleen de &amp;klantreis tonen</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Eigenschappen</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <source>Maps</source>
            <translation>Klantreizen</translation>
        </message>
        <message>
            <source>Move Stage &amp;Left</source>
            <translation>Fase naar &amp;links</translation>
        </message>
        <message>
            <source>Move Stage &amp;Right</source>
            <translation>Fase naar &amp;rechts</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Geen recente bestanden</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Project openen</translation>
        </message>
        <message>
            <source>Opened the backup of {name}. Save to replace the damaged file.</source>
            <translation>De reservekopie van {name} is geopend. Sla op om het beschadigde bestand te vervangen.</translation>
        </message>
        <message>
            <source>Opened the recovered copy of {name}. Save to keep it.</source>
            <translation>De herstelde kopie van {name} is geopend. Sla op om die te bewaren.</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>{name} geopend</translation>
        </message>
        <message>
            <source>P&amp;ersonas</source>
            <translation>P&amp;ersona's</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona's</translation>
        </message>
        <message>
            <source>Put the panels back in their original places</source>
            <translation>Zet de panelen terug op hun oorspronkelijke plek</translation>
        </message>
        <message>
            <source>Read back an action plan edited in Excel</source>
            <translation>Een in Excel bewerkt actieplan weer inlezen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Project opslaan als</translation>
        </message>
        <message>
            <source>Save the project as a PDF report, Excel workbook or pictures</source>
            <translation>Het project opslaan als pdf-rapport, Excel-werkmap of afbeeldingen</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} opgeslagen</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Alles selecteren</translation>
        </message>
        <message>
            <source>Show the map alone; F11 or Esc brings the panels back</source>
            <translation>Toon alleen de klantreis; F11 of Esc haalt de panelen terug</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systeemtaal</translation>
        </message>
        <message>
            <source>The emotion curves and touchpoints of a to-be map against its as-is map</source>
            <translation>De emotiecurven en touchpoints van een to-be-klantreis naast die van de as-is-klantreis</translation>
        </message>
        <message>
            <source>Touchpoint library</source>
            <translation>Touchpointbibliotheek</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Unfinished guided set-up</source>
            <translation>Onafgemaakt stappenplan</translation>
        </message>
        <message>
            <source>Unfinished set-up (*{suffix})</source>
            <translation>Onafgemaakt stappenplan (*{suffix})</translation>
        </message>
        <message>
            <source>What the maps still lack, to click through</source>
            <translation>Wat er nog aan de klantreizen ontbreekt, om door te klikken</translation>
        </message>
        <message>
            <source>Your answers for “{name}” were kept.</source>
            <translation>Je antwoorden voor “{name}” zijn bewaard.</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Inzoomen</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Uitzoomen</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Inzoomen</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Uitzoomen</translation>
        </message>
        <message>
            <source>an unsaved project</source>
            <translation>een niet-opgeslagen project</translation>
        </message>
        <message>
            <source>{reason} Your changes are not being saved automatically, so a crash would lose them: save your work with File &gt; Save.</source>
            <translation>{reason} Je wijzigingen worden niet automatisch bewaard, dus bij een crash ben je ze kwijt: sla je werk op met Bestand &gt; Opslaan.</translation>
        </message>
    </context>
    <context>
        <name>MapImport</name>
        <message>
            <source>&amp;CJML Journeys…</source>
            <translation>&amp;CJML-klantreizen…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>&amp;Mermaid Journey…</source>
            <translation>&amp;Mermaid-journey…</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
        <message>
            <source>CJML files (*.xml *.cjml)</source>
            <translation>CJML-bestanden (*.xml *.cjml)</translation>
        </message>
        <message>
            <source>Cannot import map</source>
            <translation>Kan de klantreis niet importeren</translation>
        </message>
        <message>
            <source>Edit &gt; Undo takes the import back.</source>
            <translation>Met Bewerken &gt; Ongedaan maken draai je de import terug.</translation>
        </message>
        <message>
            <source>Import &amp;Map</source>
            <translation>&amp;Klantreis importeren</translation>
        </message>
        <message>
            <source>Import CJML journeys</source>
            <translation>CJML-klantreizen importeren</translation>
        </message>
        <message>
            <source>Import Mermaid journey</source>
            <translation>Mermaid-journey importeren</translation>
        </message>
        <message>
            <source>Import map</source>
            <translation>Klantreis importeren</translation>
        </message>
        <message>
            <source>Imported the map “{title}” from {source}</source>
            <translation>De klantreis “{title}” is geïmporteerd uit {source}</translation>
        </message>
        <message>
            <source>Make a map from a Mermaid journey diagram (.mmd or Markdown)</source>
            <translation>Maak een klantreis van een Mermaid-journeydiagram (.mmd of Markdown)</translation>
        </message>
        <message>
            <source>Make a map from a table with one row per card (.xlsx or .csv)</source>
            <translation>Maak een klantreis van een tabel met één rij per kaart (.xlsx of .csv)</translation>
        </message>
        <message>
            <source>Make maps from CJML 2.0 XML (Customer Journey Modeling Language)</source>
            <translation>Maak klantreizen van CJML 2.0-XML (Customer Journey Modeling Language)</translation>
        </message>
        <message>
            <source>Map from &amp;Spreadsheet…</source>
            <translation>Klantreis uit &amp;spreadsheet…</translation>
        </message>
        <message>
            <source>Map from spreadsheet</source>
            <translation>Klantreis uit spreadsheet</translation>
        </message>
        <message>
            <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown *.txt)</source>
            <translation>Mermaid-journeys (*.mmd *.mermaid *.md *.markdown *.txt)</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>The map from {source} was read with {n} adjustments. Import it?</source>
            <translation>De klantreis uit {source} is gelezen met {n} aanpassingen. Wil je hem importeren?</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>het klembord</translation>
        </message>
        <message>
            <source>… and {n} more (Show Details).</source>
            <translation>… en nog {n} (Details tonen).</translation>
        </message>
    </context>
    <context>
        <name>MapList</name>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add a map, blank or from a stage template</source>
            <translation>Een klantreis toevoegen, leeg of met een fasemodel</translation>
        </message>
        <message>
            <source>Add map</source>
            <translation>Klantreis toevoegen</translation>
        </message>
        <message>
            <source>Blank map</source>
            <translation>Lege klantreis</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliceren</translation>
        </message>
        <message>
            <source>From a stage model</source>
            <translation>Met een fasemodel</translation>
        </message>
        <message>
            <source>Make a to-be (future state) copy of this as-is map, to design the improvement</source>
            <translation>Maak van deze as-is-klantreis een to-be-kopie (gewenste situatie) om de verbetering te ontwerpen</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Klantreis</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag verplaatsen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog verplaatsen</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Nieuwe klantreis</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Naam wijzigen</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>Naam van klantreis wijzigen</translation>
        </message>
        <message>
            <source>Title of the map:</source>
            <translation>Titel van de klantreis:</translation>
        </message>
        <message>
            <source>To-be copy</source>
            <translation>To-be-kopie</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Klantreis zonder titel</translation>
        </message>
        <message>
            <source>{title}  (to-be)</source>
            <translation>{title}  (to-be)</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (kopie)</translation>
        </message>
        <message>
            <source>{title} (to-be)</source>
            <translation>{title} (to-be)</translation>
        </message>
    </context>
    <context>
        <name>MeasurementPage</name>
        <message>
            <source>(unnamed stage)</source>
            <translation>(naamloze fase)</translation>
        </message>
        <message>
            <source>Examples: website visits (Google Analytics), newsletter sign-ups, orders per week, review score, customers who come back within a month.</source>
            <translation>Voorbeelden: websitebezoeken (Google Analytics), aanmeldingen voor de nieuwsbrief, bestellingen per week, reviewscore, klanten die binnen een maand terugkomen.</translation>
        </message>
        <message>
            <source>How measured</source>
            <translation>Hoe meet je het?</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Step 7 of 7: How you will measure it</source>
            <translation>Stap 7 van 7: Hoe je het gaat meten</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>There are no stages yet, so there is nothing to measure.</source>
            <translation>Er zijn nog geen fasen, dus er is niets te meten.</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Contactmoment</translation>
        </message>
        <message>
            <source>What you measure, you can improve. For each stage, pick the contact that counts most, how you will measure it, and what you aim for.</source>
            <translation>Wat je meet, kun je verbeteren. Kies per fase het contactmoment dat het zwaarst telt, hoe je het meet en wat je wilt bereiken.</translation>
        </message>
        <message>
            <source>e.g. 200</source>
            <translation>bijv. 200</translation>
        </message>
        <message>
            <source>e.g. visits per week</source>
            <translation>bijv. bezoeken per week</translation>
        </message>
    </context>
    <context>
        <name>ModelLabels</name>
        <message>
            <source>Advertising</source>
            <translation>Advertenties</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>As-is (current state)</source>
            <translation>As-is (huidige situatie)</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Aanname</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Achter de schermen</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>Doen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Geschrapt</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Emotiecurve</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Voelen</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybride</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Gemiddeld</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Meten</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Moments of truth</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negatief</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutraal</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Kansen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pijnpunten</translation>
        </message>
        <message>
            <source>Partly backed by research</source>
            <translation>Deels onderbouwd met onderzoek</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positief</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drukwerk</translation>
        </message>
        <message>
            <source>Researched</source>
            <translation>Onderzocht</translation>
        </message>
        <message>
            <source>Review site</source>
            <translation>Reviewsite</translation>
        </message>
        <message>
            <source>Sales representative</source>
            <translation>Vertegenwoordiger</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoekmachine</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Social media</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Winkel</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>Denken</translation>
        </message>
        <message>
            <source>Time frame</source>
            <translation>Tijdsduur</translation>
        </message>
        <message>
            <source>To-be (future state)</source>
            <translation>To-be (gewenste situatie)</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <source>Very negative</source>
            <translation>Zeer negatief</translation>
        </message>
        <message>
            <source>Very positive</source>
            <translation>Zeer positief</translation>
        </message>
        <message>
            <source>Web shop</source>
            <translation>Webwinkel</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Word of mouth</source>
            <translation>Mond-tot-mondreclame</translation>
        </message>
    </context>
    <context>
        <name>NewMaps</name>
        <message>
            <source>Stage {n}</source>
            <translation>Fase {n}</translation>
        </message>
        <message>
            <source>Step {n}</source>
            <translation>Stap {n}</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>Answer a few questions step by step and get a finished map and action plan</source>
            <translation>Beantwoord stap voor stap een paar vragen en krijg een complete klantreis en een actieplan</translation>
        </message>
        <message>
            <source>Blank map (three stages)</source>
            <translation>Lege klantreis (drie fasen)</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Maken</translation>
        </message>
        <message>
            <source>Guided set-up…</source>
            <translation>Stappenplan…</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Klantreis</translation>
        </message>
        <message>
            <source>Language of the project:</source>
            <translation>Taal van het project:</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nieuw project</translation>
        </message>
        <message>
            <source>Stages of the first map:</source>
            <translation>Fasen van de eerste klantreis:</translation>
        </message>
        <message>
            <source>The language of the stage names, lanes, touchpoint library and exports</source>
            <translation>De taal van de fasenamen, de banen, de touchpointbibliotheek en de exports</translation>
        </message>
    </context>
    <context>
        <name>OpenFailure</name>
        <message>
            <source>A copy saved automatically on {when} is available.</source>
            <translation>Er is een kopie die op {when} automatisch is bewaard.</translation>
        </message>
        <message>
            <source>Cannot open project file</source>
            <translation>Projectbestand kan niet worden geopend</translation>
        </message>
        <message>
            <source>It opens as an unsaved project; “{name}” stays as it is until you save.</source>
            <translation>Die opent als een niet-opgeslagen project; “{name}” blijft zoals het is tot je opslaat.</translation>
        </message>
        <message>
            <source>No backup of this project file was found next to it. If you have another copy (an e-mail attachment, a USB stick, a cloud folder), open that one.</source>
            <translation>Naast dit projectbestand staat geen reservekopie. Heb je ergens anders een kopie (een bijlage in je e-mail, een USB-stick, een map in de cloud), open die dan.</translation>
        </message>
        <message>
            <source>Open recovered copy</source>
            <translation>Herstelde kopie openen</translation>
        </message>
        <message>
            <source>Open the backup</source>
            <translation>Reservekopie openen</translation>
        </message>
        <message>
            <source>You can open the backup “{name}”, made when the file was saved before ({when}).</source>
            <translation>Je kunt de reservekopie “{name}” openen, gemaakt toen het bestand de vorige keer werd opgeslagen ({when}).</translation>
        </message>
    </context>
    <context>
        <name>PerStagePage</name>
        <message>
            <source>(unnamed stage)</source>
            <translation>(naamloze fase)</translation>
        </message>
        <message>
            <source>There are no stages yet. Go back to step 3 to choose them, or skip this step.</source>
            <translation>Er zijn nog geen fasen. Ga terug naar stap 3 om ze te kiezen, of sla deze stap over.</translation>
        </message>
    </context>
    <context>
        <name>PersonaForm</name>
        <message>
            <source>In a few words</source>
            <translation>In een paar woorden</translation>
        </message>
        <message>
            <source>In a few words:</source>
            <translation>In een paar woorden:</translation>
        </message>
        <message>
            <source>Maps of this persona</source>
            <translation>Klantreizen van deze persona</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Own fields</source>
            <translation>Eigen velden</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Citaat</translation>
        </message>
        <message>
            <source>Something they would say:</source>
            <translation>Iets wat ze zouden zeggen:</translation>
        </message>
        <message>
            <source>e.g. Anna</source>
            <translation>bijv. Anna</translation>
        </message>
        <message>
            <source>e.g. busy mother who loves good food</source>
            <translation>bijv. drukke moeder die van lekker eten houdt</translation>
        </message>
        <message>
            <source>e.g. “I want good bread without the wait.”</source>
            <translation>bijv. “Ik wil goed brood zonder te wachten.”</translation>
        </message>
    </context>
    <context>
        <name>PersonaJourneys</name>
        <message>
            <source>Untitled map</source>
            <translation>Klantreis zonder titel</translation>
        </message>
        <message>
            <source>unnamed persona</source>
            <translation>naamloze persona</translation>
        </message>
        <message>
            <source>{title}  (to-be)</source>
            <translation>{title}  (to-be)</translation>
        </message>
        <message>
            <source>{title}  — now: {persona}</source>
            <translation>{title}  — nu: {persona}</translation>
        </message>
    </context>
    <context>
        <name>PersonaPage</name>
        <message>
            <source>A persona is an imagined but typical customer. Giving them a name and a face helps you see your business through their eyes. Answer what you can; a guess is fine for now.</source>
            <translation>Een persona is een bedachte maar typische klant. Met een naam en een gezicht zie je je bedrijf makkelijker door de ogen van de klant. Beantwoord wat je kunt; een schatting is voorlopig prima.</translation>
        </message>
        <message>
            <source>A second customer (optional)</source>
            <translation>Een tweede klant (niet verplicht)</translation>
        </message>
        <message>
            <source>Step 2 of 7: Your customer</source>
            <translation>Stap 2 van 7: Je klant</translation>
        </message>
        <message>
            <source>Tip: ask a few real customers, read your reviews, or look at your website statistics.</source>
            <translation>Tip: vraag het een paar echte klanten, lees je reviews of bekijk je websitestatistieken.</translation>
        </message>
        <message>
            <source>Your customer</source>
            <translation>Je klant</translation>
        </message>
    </context>
    <context>
        <name>PersonaPanel</name>
        <message>
            <source>Add</source>
            <extracomment>The (photo, name or None when the photo was shown) each list icon was drawn from, by persona ID.</extracomment>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Een persona toevoegen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Delete this persona; its maps keep their content but lose the persona</source>
            <translation>Deze persona verwijderen; de klantreizen houden hun inhoud maar verliezen de persona</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliceren</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag verplaatsen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog verplaatsen</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Nieuwe persona</translation>
        </message>
        <message>
            <source>Unnamed persona</source>
            <translation>Naamloze persona</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (kopie)</translation>
        </message>
    </context>
    <context>
        <name>PhotoField</name>
        <message>
            <source>A PNG or JPEG picture; large pictures are made smaller</source>
            <translation>Een PNG- of JPEG-afbeelding; grote afbeeldingen worden verkleind</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Kies een foto</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Foto kiezen…</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Geen foto</translation>
        </message>
        <message>
            <source>Photo not used</source>
            <translation>Foto niet gebruikt</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Foto verwijderen</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Appearance:</source>
            <translation>Weergave:</translation>
        </message>
        <message>
            <source>Autosave every:</source>
            <translation>Automatisch bewaren elke:</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Volgens het systeem</translation>
        </message>
        <message>
            <source>How often a recovery copy of unsaved changes is written, in case of a crash</source>
            <translation>Hoe vaak een herstelkopie van niet-opgeslagen wijzigingen wordt bewaard, voor het geval het programma vastloopt</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Taal van het programma:</translation>
        </message>
        <message>
            <source>Language of new projects:</source>
            <translation>Taal van nieuwe projecten:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Zelfde als het programma</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systeemtaal</translation>
        </message>
        <message>
            <source>Templates, the touchpoint library and exports of a new project use it</source>
            <translation>Sjablonen, de touchpointbibliotheek en exports van een nieuw project gebruiken deze taal</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>CJM Desktop found unsaved changes to “{name}”.</source>
            <translation>CJM Desktop heeft niet-opgeslagen wijzigingen in “{name}” gevonden.</translation>
        </message>
        <message>
            <source>Do you want to save the changes to “{name}”?</source>
            <translation>Wil je de wijzigingen in “{name}” opslaan?</translation>
        </message>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen herstellen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>They were saved automatically on {when}, but the program did not close normally. Do you want to restore them?</source>
            <translation>Ze zijn automatisch bewaard op {when}, maar het programma is niet normaal afgesloten. Wil je ze herstellen?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Je wijzigingen gaan verloren als je ze niet opslaat.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Zoeken in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Bestanden van &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>This map is not a to-be map linked to an as-is map, so there is nothing to compare it with.</source>
            <translation>Deze klantreis is geen to-be-klantreis die aan een as-is-klantreis is gekoppeld, dus er is niets om mee te vergelijken.</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanaal</translation>
        </message>
        <message>
            <source>details</source>
            <translation>details</translation>
        </message>
        <message>
            <source>drop-off</source>
            <translation>afhaakmoment</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>onderbouwing</translation>
        </message>
        <message>
            <source>moment of truth</source>
            <translation>moment of truth</translation>
        </message>
        <message>
            <source>online/offline</source>
            <translation>online/offline</translation>
        </message>
        <message>
            <source>sentiment</source>
            <translation>sentiment</translation>
        </message>
        <message>
            <source>step</source>
            <translation>stap</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Command</source>
            <translation>Opdracht</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Toetsen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <source>(unnamed stage)</source>
            <translation>(naamloze fase)</translation>
        </message>
        <message>
            <source>1. Choose a model</source>
            <translation>1. Kies een model</translation>
        </message>
        <message>
            <source>2. Make them your own</source>
            <translation>2. Maak ze je eigen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Customers go through stages, from first hearing of you to coming back. Below is a simple model to start from; pick another if it fits better. Then make the stages your own and write down what the customer wants in each.</source>
            <translation>Klanten doorlopen fasen, van de eerste keer dat ze van je horen tot terugkomen. Hieronder staat al een eenvoudig model om mee te beginnen; kies een ander als dat beter past. Maak de fasen daarna je eigen en schrijf op wat de klant in elke fase wil.</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Nieuwe fase</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Replace your stages?</source>
            <translation>Je fasen vervangen?</translation>
        </message>
        <message>
            <source>Stage name:</source>
            <translation>Naam van de fase:</translation>
        </message>
        <message>
            <source>Step 3 of 7: The stages your customer goes through</source>
            <translation>Stap 3 van 7: De fasen die je klant doorloopt</translation>
        </message>
        <message>
            <source>The customer's goal:</source>
            <translation>Doel van de klant:</translation>
        </message>
        <message>
            <source>This replaces the stages you have now, with what you wrote for them.</source>
            <translation>Dit vervangt je huidige fasen, met wat je erbij hebt geschreven.</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>e.g. Orientation</source>
            <translation>bijv. Oriënteren</translation>
        </message>
        <message>
            <source>e.g. find a good bakery nearby</source>
            <translation>bijv. een goede bakker dichtbij vinden</translation>
        </message>
    </context>
    <context>
        <name>StringListEditor</name>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>TouchpointPalette</name>
        <message>
            <source>All channels</source>
            <translation>Alle kanalen</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Alle fasen</translation>
        </message>
        <message>
            <source>Drag a touchpoint onto a cell of the map.</source>
            <translation>Sleep een touchpoint naar een cel van de klantreis.</translation>
        </message>
        <message>
            <source>Search touchpoints…</source>
            <translation>Touchpoints zoeken…</translation>
        </message>
    </context>
    <context>
        <name>TouchpointsPage</name>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add your own, e.g. a stall at the market</source>
            <translation>Zelf toevoegen, bijv. een kraam op de markt</translation>
        </message>
        <message>
            <source>Every moment your customer meets your business is a touchpoint: an ad, your website, the shop, a phone call. Pick the ones for each stage and mark the few that decide whether you win or lose the customer.</source>
            <translation>Elk moment waarop je klant met je bedrijf in aanraking komt, is een contactmoment (in vaktaal: touchpoint): een advertentie, je website, de winkel, een telefoontje. Kies ze per fase en vink de paar aan die bepalen of je de klant wint of verliest.</translation>
        </message>
        <message>
            <source>Ideas, best fit first (tick to add)</source>
            <translation>Ideeën, beste eerst (vink aan)</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Beslissend moment</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Show all ideas</source>
            <translation>Alle ideeën tonen</translation>
        </message>
        <message>
            <source>Step 4 of 7: Where you meet your customer</source>
            <translation>Stap 4 van 7: Waar je je klant ontmoet</translation>
        </message>
        <message>
            <source>Tick the few that matter most: the moments of truth, where the customer decides to go on or to give up.</source>
            <translation>Vink de paar belangrijkste aan: de beslissende momenten (moments of truth), waarop de klant besluit door te gaan of af te haken.</translation>
        </message>
        <message>
            <source>Ticked: this one matters most (a moment of truth)</source>
            <translation>Aangevinkt: dit contactmoment is beslissend (moment of truth)</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Contactmoment</translation>
        </message>
        <message>
            <source>Touchpoints in this stage:</source>
            <translation>Contactmomenten in deze fase:</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
    </context>
    <context>
        <name>action_plan_import</name>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Kan {path} niet lezen: {reason}</translation>
        </message>
        <message>
            <source>Cells holding a formula: {n}; their calculated values were imported ({cells}).</source>
            <translation>Cellen met een formule: {n}; hun berekende waarden zijn geïmporteerd ({cells}).</translation>
        </message>
        <message>
            <source>The action plan {path} was not imported: 1 problem. Nothing was changed.</source>
            <translation>Het actieplan {path} is niet geïmporteerd: 1 probleem. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The action plan {path} was not imported: {n} problems. Nothing was changed.</source>
            <translation>Het actieplan {path} is niet geïmporteerd: {n} problemen. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The sheet '{sheet}' of {path} has more rows than an action plan can hold (at most {actions} actions in {rows} rows). Nothing was changed.</source>
            <translation>Het werkblad '{sheet}' van {path} heeft meer rijen dan in een actieplan passen (hoogstens {actions} acties in {rows} rijen). Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>{changed} actions changed, {new} new.</source>
            <translation>{changed} acties gewijzigd, {new} nieuw.</translation>
        </message>
        <message>
            <source>{changed} actions changed, {new} new. Not in the sheet (kept in the project): {deleted}.</source>
            <translation>{changed} acties gewijzigd, {new} nieuw. Niet in het werkblad (bewaard in het project): {deleted}.</translation>
        </message>
        <message>
            <source>{path} has no sheet named {names}; it is not an exported action plan.</source>
            <translation>{path} heeft geen werkblad met de naam {names}; het is geen geëxporteerd actieplan.</translation>
        </message>
        <message>
            <source>{path} is not an Excel workbook (.xlsx) or is damaged.</source>
            <translation>{path} is geen Excel-werkmap (.xlsx) of is beschadigd.</translation>
        </message>
        <message>
            <source>{path} is too large for an action plan (more than {mib} MiB).</source>
            <translation>{path} is te groot voor een actieplan (meer dan {mib} MiB).</translation>
        </message>
    </context>
    <context>
        <name>cards_import</name>
        <message>
            <source>Cannot read “{name}”: {reason}</source>
            <translation>Kan “{name}” niet lezen: {reason}</translation>
        </message>
        <message>
            <source>The table needs the columns {missing}; it has: {found}.</source>
            <translation>De tabel heeft de kolommen {missing} nodig; hij heeft: {found}.</translation>
        </message>
        <message>
            <source>a card needs a lane</source>
            <translation>een kaart heeft een baan nodig</translation>
        </message>
        <message>
            <source>a card needs a stage and a step</source>
            <translation>een kaart heeft een fase en een stap nodig</translation>
        </message>
        <message>
            <source>a step needs a stage</source>
            <translation>een stap heeft een fase nodig</translation>
        </message>
        <message>
            <source>a value is not valid: {reason}</source>
            <translation>een waarde is ongeldig: {reason}</translation>
        </message>
        <message>
            <source>column “{header}” ignored</source>
            <translation>kolom “{header}” genegeerd</translation>
        </message>
        <message>
            <source>row {row} left out: {reason}</source>
            <translation>rij {row} weggelaten: {reason}</translation>
        </message>
        <message>
            <source>row {row}: {reason}</source>
            <translation>rij {row}: {reason}</translation>
        </message>
        <message>
            <source>sentiment “{value}” is not a whole number from -2 to 2</source>
            <translation>sentiment “{value}” is geen heel getal van -2 tot 2</translation>
        </message>
        <message>
            <source>the {column} cell holds a formula; type the value</source>
            <translation>de cel {column} bevat een formule; typ de waarde</translation>
        </message>
        <message>
            <source>{column}: “{value}” is not one of the known values</source>
            <translation>{column}: “{value}” is geen van de bekende waarden</translation>
        </message>
        <message>
            <source>{column}: “{value}” is not yes or no</source>
            <translation>{column}: “{value}” is geen ja of nee</translation>
        </message>
        <message>
            <source>{count} rows of “{name}” cannot be read, so nothing was imported. Fix them, or import the other rows anyway (cjm import --skip-bad-rows).</source>
            <translation>{count} rijen van “{name}” zijn onleesbaar, dus er is niets geïmporteerd. Verbeter ze, of importeer de andere rijen toch (cjm import --skip-bad-rows).</translation>
        </message>
        <message>
            <source>“{name}” has more than {limit} rows; split it into smaller tables.</source>
            <translation>“{name}” heeft meer dan {limit} rijen; splits het in kleinere tabellen.</translation>
        </message>
        <message>
            <source>“{name}” is not a readable CSV table: {reason}</source>
            <translation>“{name}” is geen leesbare CSV-tabel: {reason}</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx) or is damaged.</source>
            <translation>“{name}” is geen Excel-werkmap (.xlsx) of is beschadigd.</translation>
        </message>
        <message>
            <source>“{name}” is too big for a cards table ({mb} MB).</source>
            <translation>“{name}” is te groot voor een kaartentabel ({mb} MB).</translation>
        </message>
        <message>
            <source>“{name}” unpacks to more than {mb} MB; it is not read.</source>
            <translation>“{name}” is uitgepakt groter dan {mb} MB; het wordt niet gelezen.</translation>
        </message>
        <message>
            <source>“{value}” is not a kind of lane</source>
            <translation>“{value}” is geen soort baan</translation>
        </message>
    </context>
    <context>
        <name>cjml_import</name>
        <message>
            <source>CJML version {version} read as 2.0</source>
            <translation>CJML-versie {version} gelezen als 2.0</translation>
        </message>
        <message>
            <source>Cannot read “{name}”: {reason}</source>
            <translation>Kan “{name}” niet lezen: {reason}</translation>
        </message>
        <message>
            <source>“{name}” declares a DTD or entities; they are not read, to keep the computer safe from XML bombs and external files.</source>
            <translation>“{name}” declareert een DTD of entities; die worden niet gelezen, om de computer te beschermen tegen XML-bommen en externe bestanden.</translation>
        </message>
        <message>
            <source>“{name}” holds no planned or actual journey.</source>
            <translation>“{name}” bevat geen geplande of werkelijke klantreis.</translation>
        </message>
        <message>
            <source>“{name}” is XML but not CJML (its root is &lt;{tag}&gt;).</source>
            <translation>“{name}” is XML maar geen CJML (de basis is &lt;{tag}&gt;).</translation>
        </message>
        <message>
            <source>“{name}” is not well-formed XML (line {line}, column {column}).</source>
            <translation>“{name}” is geen geldige XML (regel {line}, kolom {column}).</translation>
        </message>
        <message>
            <source>“{name}” is {mb} MB; CJML files of more than {limit} MB are not read.</source>
            <translation>“{name}” is {mb} MB; CJML-bestanden van meer dan {limit} MB worden niet gelezen.</translation>
        </message>
        <message>
            <source>“{title}”: channel “{channel}” read as “other”</source>
            <translation>“{title}”: kanaal “{channel}” gelezen als “overig”</translation>
        </message>
        <message>
            <source>“{title}”: {names} kept in card details only, not as personas</source>
            <translation>“{title}”: {names} alleen in de toelichting van kaarten bewaard, niet als persona</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>No map with ID {ids} in this project. Maps: {known}</source>
            <translation>Geen klantreis met ID {ids} in dit project. Klantreizen: {known}</translation>
        </message>
        <message>
            <source>The picture scale must be a number from {low} to {high}, not {value}.</source>
            <translation>De schaal van de afbeelding moet een getal van {low} tot {high} zijn, niet {value}.</translation>
        </message>
        <message>
            <source>The picture would be {width} x {height} pixels, too large for PNG. Choose a smaller scale or export SVG or PDF.</source>
            <translation>De afbeelding zou {width} x {height} pixels worden, te groot voor PNG. Kies een kleinere schaal of exporteer als SVG of PDF.</translation>
        </message>
        <message>
            <source>The project has no maps.</source>
            <translation>Het project heeft geen klantreizen.</translation>
        </message>
        <message>
            <source>Unknown paper size '{paper}'. Use auto, A4, A3, A2, A1, A0, letter, tabloid or a custom size such as 500x300mm (50 to 5000 mm a side).</source>
            <translation>Onbekend papierformaat '{paper}'. Kies auto, A4, A3, A2, A1, A0, letter, tabloid of een eigen formaat zoals 500x300mm (50 tot 5000 mm per zijde).</translation>
        </message>
        <message>
            <source>{file}: no installed font has these characters, they print as boxes: {characters}</source>
            <translation>{file}: geen geïnstalleerd lettertype heeft deze tekens, ze worden als hokjes afgedrukt: {characters}</translation>
        </message>
    </context>
    <context>
        <name>imported_map</name>
        <message>
            <source>line {line}: {note}</source>
            <translation>regel {line}: {note}</translation>
        </message>
    </context>
    <context>
        <name>map_import</name>
        <message>
            <source>Cannot import “{name}”: use a Mermaid file (.mmd, .md), a cards table (.csv, .xlsx) or CJML (.xml).</source>
            <translation>Kan “{name}” niet importeren: gebruik een Mermaid-bestand (.mmd, .md), een kaartentabel (.csv, .xlsx) of CJML (.xml).</translation>
        </message>
    </context>
    <context>
        <name>mermaid_import</name>
        <message>
            <source>'#' kept as text (Mermaid reads a comment)</source>
            <translation>'#' als tekst behouden (Mermaid leest hier commentaar)</translation>
        </message>
        <message>
            <source>':' kept in the task name '{name}'</source>
            <translation>':' behouden in de taaknaam '{name}'</translation>
        </message>
        <message>
            <source>':' or ';' kept in the section name (Mermaid would cut it there)</source>
            <translation>':' of ';' behouden in de sectienaam (Mermaid zou hem daar afbreken)</translation>
        </message>
        <message>
            <source>';' kept as text</source>
            <translation>';' als tekst behouden</translation>
        </message>
        <message>
            <source>Cannot read the Mermaid text, line {line}: {reason}</source>
            <translation>Kan de Mermaid-tekst niet lezen, regel {line}: {reason}</translation>
        </message>
        <message>
            <source>Mermaid journey text starts with the word 'journey'</source>
            <translation>Mermaid-journeytekst begint met het woord 'journey'</translation>
        </message>
        <message>
            <source>The Markdown text has no ```mermaid block with a journey.</source>
            <translation>De Markdown-tekst heeft geen ```mermaid-blok met een journey.</translation>
        </message>
        <message>
            <source>The Mermaid text is longer than {limit} characters.</source>
            <translation>De Mermaid-tekst is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>There is no journey block {number}: the Markdown text has {count}.</source>
            <translation>Er is geen journeyblok {number}: de Markdown-tekst heeft er {count}.</translation>
        </message>
        <message>
            <source>empty or repeated actor names dropped</source>
            <translation>lege of dubbele actornamen weggelaten</translation>
        </message>
        <message>
            <source>score '{text}' is not a number: set to 3 (neutral)</source>
            <translation>score '{text}' is geen getal: op 3 (neutraal) gezet</translation>
        </message>
        <message>
            <source>score {score} clamped to {clamped}</source>
            <translation>score {score} begrensd tot {clamped}</translation>
        </message>
        <message>
            <source>score {text} rounded to {score}</source>
            <translation>score {text} afgerond op {score}</translation>
        </message>
        <message>
            <source>second title '{other}' not kept: the map has one</source>
            <translation>tweede titel '{other}' niet bewaard: de klantreis heeft er één</translation>
        </message>
        <message>
            <source>task without a name</source>
            <translation>taak zonder naam</translation>
        </message>
        <message>
            <source>task without a score: set to 3 (neutral)</source>
            <translation>taak zonder score: op 3 (neutraal) gezet</translation>
        </message>
        <message>
            <source>tasks before the first section get a stage</source>
            <translation>taken vóór de eerste sectie krijgen een eigen fase</translation>
        </message>
        <message>
            <source>text after 'journey' ignored</source>
            <translation>tekst na 'journey' genegeerd</translation>
        </message>
        <message>
            <source>the diagram has no sections or tasks</source>
            <translation>het diagram heeft geen secties of taken</translation>
        </message>
        <message>
            <source>the text holds binary data, not Mermaid text</source>
            <translation>de tekst bevat binaire gegevens, geen Mermaid-tekst</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>Cannot read {source}: {reason}</source>
            <translation>Kan {source} niet lezen: {reason}</translation>
        </message>
        <message>
            <source>Cannot save {path}: it is a device or a pipe, not a regular file.</source>
            <translation>Kan {path} niet opslaan: het is een apparaat of een pipe, geen gewoon bestand.</translation>
        </message>
        <message>
            <source>Cannot save {path}: it is a folder.</source>
            <translation>Kan {path} niet opslaan: het is een map.</translation>
        </message>
        <message>
            <source>Cannot save {path}: permission denied, or the file is open in another program. Close it there or choose another name.</source>
            <translation>Kan {path} niet opslaan: geen toestemming, of het bestand is open in een ander programma. Sluit het daar of kies een andere naam.</translation>
        </message>
        <message>
            <source>Cannot save {path}: the folder {folder} does not exist.</source>
            <translation>Kan {path} niet opslaan: de map {folder} bestaat niet.</translation>
        </message>
        <message>
            <source>Cannot save {path}: {reason}</source>
            <translation>Kan {path} niet opslaan: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the automatic recovery copy to {folder}: {reason}.</source>
            <translation>Kan de automatische herstelkopie niet bewaren in {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write the automatic recovery copy: {folder} should be a folder, but it is a file.</source>
            <translation>Kan de automatische herstelkopie niet bewaren: {folder} zou een map moeten zijn, maar het is een bestand.</translation>
        </message>
        <message>
            <source>The project file {source} holds broken text at {where}: half of a character pair ({code}, a lone surrogate), which some faulty program wrote. Such text cannot be saved or exported; correct it in the file.</source>
            <translation>Het projectbestand {source} bevat kapotte tekst bij {where}: de helft van een tekenpaar ({code}, een losse surrogaat), geschreven door een programma met een fout. Zulke tekst kan niet worden opgeslagen of geëxporteerd; verbeter hem in het bestand.</translation>
        </message>
        <message>
            <source>The project file {source} is damaged or incomplete near line {line}, column {column}.</source>
            <translation>Het projectbestand {source} is beschadigd of onvolledig rond regel {line}, kolom {column}.</translation>
        </message>
        <message>
            <source>The project file {source} is damaged: it holds the value {value}, which is not a number a project file can hold.</source>
            <translation>Het projectbestand {source} is beschadigd: het bevat de waarde {value}, en dat is geen getal dat een projectbestand kan bevatten.</translation>
        </message>
        <message>
            <source>The project file {source} is damaged: its content does not have the shape of a project and cannot be read.</source>
            <translation>Het projectbestand {source} is beschadigd: de inhoud heeft niet de vorm van een project en kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>The project file {source} is incomplete: it ends too early, at line {line}, column {column} (it was cut off, perhaps while it was copied).</source>
            <translation>Het projectbestand {source} is onvolledig: het houdt te vroeg op, bij regel {line}, kolom {column} (het is afgekapt, misschien tijdens het kopiëren).</translation>
        </message>
        <message>
            <source>You can open the backup of the previous version next to it, {backup}, or the copy saved automatically, {recovered}.</source>
            <translation>Je kunt de reservekopie van de vorige versie ernaast openen, {backup}, of de automatisch bewaarde kopie, {recovered}.</translation>
        </message>
        <message>
            <source>You can open the backup of the previous version next to it: {backup}.</source>
            <translation>Je kunt de reservekopie van de vorige versie ernaast openen: {backup}.</translation>
        </message>
        <message>
            <source>You can open the copy saved automatically: {recovered}.</source>
            <translation>Je kunt de automatisch bewaarde kopie openen: {recovered}.</translation>
        </message>
        <message>
            <source>{source} cannot be read: it is not UTF-8 text (invalid byte at position {position}). It may have been saved in another encoding, such as Latin-1; save it as UTF-8 and open it again.</source>
            <translation>{source} kan niet worden gelezen: het is geen UTF-8-tekst (ongeldige byte op positie {position}). Misschien is het in een andere codering opgeslagen, zoals Latin-1; sla het op als UTF-8 en open het opnieuw.</translation>
        </message>
        <message>
            <source>{source} cannot be read: it starts as {encoding} text, but the text is broken. Save it as UTF-8 and open it again.</source>
            <translation>{source} kan niet worden gelezen: het begint als {encoding}-tekst, maar de tekst is kapot. Sla het op als UTF-8 en open het opnieuw.</translation>
        </message>
        <message>
            <source>{source} does not exist.</source>
            <translation>{source} bestaat niet.</translation>
        </message>
        <message>
            <source>{source} has a broken reference (1 problem).</source>
            <translation>{source} bevat een verwijzing die niet klopt (1 probleem).</translation>
        </message>
        <message>
            <source>{source} has an invalid file format version (schema_version {version}): it should be a whole number such as 1.</source>
            <translation>{source} heeft een ongeldige versie van het bestandsformaat (schema_version {version}): dat moet een geheel getal zijn, zoals 1.</translation>
        </message>
        <message>
            <source>{source} has broken references ({count} problems).</source>
            <translation>{source} bevat verwijzingen die niet kloppen ({count} problemen).</translation>
        </message>
        <message>
            <source>{source} is a folder, not a file.</source>
            <translation>{source} is een map, geen bestand.</translation>
        </message>
        <message>
            <source>{source} is empty: it holds no project.</source>
            <translation>{source} is leeg: er staat geen project in.</translation>
        </message>
        <message>
            <source>{source} is not a file that can be opened: it is a device, a pipe or a socket, which may never end.</source>
            <translation>{source} is geen bestand dat geopend kan worden: het is een apparaat, een pipe of een socket, die misschien nooit ophoudt.</translation>
        </message>
        <message>
            <source>{source} is not a project file: it holds a single value or a list, not the named fields of a project.</source>
            <translation>{source} is geen projectbestand: het bevat een losse waarde of een lijst, niet de benoemde velden van een project.</translation>
        </message>
        <message>
            <source>{source} is not a project file: it holds binary data, not text.</source>
            <translation>{source} is geen projectbestand: het bevat binaire gegevens, geen tekst.</translation>
        </message>
        <message>
            <source>{source} is not a project file: its data is nested too deeply (more than {limit} levels; a project file has about eight).</source>
            <translation>{source} is geen projectbestand: de gegevens zijn te diep genest (meer dan {limit} niveaus; een projectbestand heeft er ongeveer acht).</translation>
        </message>
        <message>
            <source>{source} is not a valid project file (1 problem).</source>
            <translation>{source} is geen geldig projectbestand (1 probleem).</translation>
        </message>
        <message>
            <source>{source} is not a valid project file ({count} problems).</source>
            <translation>{source} is geen geldig projectbestand ({count} problemen).</translation>
        </message>
        <message>
            <source>{source} is too large to open (more than {limit}).</source>
            <translation>{source} is te groot om te openen (meer dan {limit}).</translation>
        </message>
        <message>
            <source>{source} is too large to open ({size}; the limit is {limit}).</source>
            <translation>{source} is te groot om te openen ({size}; de grens is {limit}).</translation>
        </message>
        <message>
            <source>{source} was made by a newer version of cjm_desktop (file format {version}; this version reads up to {current}). Update the application to open it; the file was not changed.</source>
            <translation>{source} is gemaakt met een nieuwere versie van cjm_desktop (bestandsformaat {version}; deze versie leest tot en met {current}). Werk het programma bij om het te openen; het bestand is niet gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>text_file</name>
        <message>
            <source>Cannot read “{name}”: {reason}</source>
            <translation>Kan “{name}” niet lezen: {reason}</translation>
        </message>
        <message>
            <source>“{name}” is not UTF-8; it was read as Windows-1252 (Western European).</source>
            <translation>“{name}” is geen UTF-8; het is gelezen als Windows-1252 (West-Europees).</translation>
        </message>
        <message>
            <source>“{name}” is not a text file (it holds binary data).</source>
            <translation>“{name}” is geen tekstbestand (het bevat binaire gegevens).</translation>
        </message>
        <message>
            <source>“{name}” is too big to read.</source>
            <translation>“{name}” is te groot om te lezen.</translation>
        </message>
        <message>
            <source>“{name}” is {size} MB; files of more than {limit} MB are not read.</source>
            <translation>“{name}” is {size} MB; bestanden van meer dan {limit} MB worden niet gelezen.</translation>
        </message>
    </context>
</TS>

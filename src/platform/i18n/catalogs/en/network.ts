import type { Catalog } from "../../catalog.js";

/** English strings of the network module: cities, hubs, committee, events, map, and their workspace pages. */
export const EN_NETWORK = {
  "nav.network": { message: "Network", note: "Main menu link to the network's member cities" },
  "network.title": { message: "Member cities", note: "Title of the cities page (map and list)" },
  "network.intro": {
    message:
      "{count, plural, one {# member city} other {# member cities}} in {regions, plural, one {# region} other {# regions}}.",
    note: "Line under the cities page title",
  },
  "network.sections": { message: "The network", note: "Accessible name of the network's sub-menu" },
  "network.filters": { message: "Filter cities", note: "Legend of the cities filter form" },
  "network.filter.search": {
    message: "City or country",
    note: "Label of the search box of the member cities directory (finds a city by its name or its country)",
  },
  "network.filter.region": { message: "Region", note: "Label of the region filter" },
  "network.filter.hub": { message: "Regional hub", note: "Label of the hub filter" },
  "network.filter.country": { message: "Country", note: "Label of the country filter" },
  "network.filter.committee": {
    message: "On the Steering Committee",
    note: "Checkbox: show only cities with a current committee seat",
  },
  "network.filter.any": { message: "Any", note: "Filter option meaning no filter" },
  "network.filter.apply": { message: "Show cities", note: "Button applying the cities filters" },
  "network.filter.none": {
    message: "No member city matches these filters.",
    note: "Empty filter result",
  },
  "network.map.title": {
    message: "Map of {count, plural, one {# member city} other {# member cities}}",
    note: "Accessible title of the world map; each dot is a link to a city",
  },
  "network.map.dot": {
    message: "{city}, {country}",
    note: "Accessible name of a city's dot on the map",
  },
  "network.map.legend": {
    message: "Regional hubs on the map",
    note: "Heading of the map's colour legend",
  },
  "network.map.noHub": {
    message: "No regional hub",
    note: "Legend entry for cities without a hub",
  },
  "network.list.title": {
    message: "List of cities",
    note: "Heading of the list view beside the map",
  },
  "network.city.country": { message: "Country", note: "Label on a city page" },
  "network.city.region": { message: "Region", note: "Label on a city page" },
  "network.city.hub": { message: "Regional hub", note: "Label on a city page" },
  "network.city.memberSince": {
    message: "Member since",
    note: "Label on a city page: year of joining",
  },
  "network.city.website": { message: "Website", note: "Label on a city page" },
  "network.city.contact": { message: "Mayor or main contact", note: "Label on a city page" },
  "network.city.localName": {
    message: "Local name",
    note: "Label: the city's name in its own language",
  },
  "network.city.committee": {
    message: "Steering Committee",
    note: "Heading of a city page's committee terms",
  },
  "network.city.related": {
    message: "News, resources and events about {city}",
    note: "Heading of a city page's related content",
  },
  "network.city.location": { message: "Location", note: "Label of a city's coordinates" },
  "network.hubs.title": { message: "Regional hubs", note: "Title of the hubs page" },
  "network.hub.cities": {
    message: "{count, plural, one {# city} other {# cities}}",
    note: "Number of cities of a hub",
  },
  "network.hub.contact": { message: "Contact", note: "Label of a hub's contact person" },
  "network.committee.title": {
    message: "International Steering Committee",
    note: "Title of the committee page",
  },
  "network.committee.current": {
    message: "Current members",
    note: "Heading on the committee page",
  },
  "network.committee.history": {
    message: "Past members and co-chairs",
    note: "Heading of the committee's history",
  },
  "network.committee.meetings": {
    message: "Meetings",
    note: "Heading of the committee's meetings",
  },
  "network.committee.rules": {
    message: "Role and rules of the Committee",
    note: "Link to the page describing the committee's role and rules",
  },
  "network.committee.none": { message: "No one yet.", note: "Empty committee list" },
  "network.role.co-chair": { message: "Co-chair", note: "Committee role" },
  "network.role.member": { message: "Member", note: "Committee role" },
  "network.term.period": {
    message: "{from} – {to}",
    note: "A committee term's period; from and to are dates",
  },
  "network.term.since": {
    message: "since {from}",
    note: "A running committee term; from is a date",
  },
  "network.term.representative": {
    message: "represented by {name}",
    note: "Who represents a city on the committee",
  },
  "network.events.title": {
    message: "Events",
    note: "Title of the events page (the main menu's Events link): the network's events and events published as pages",
  },
  "network.events.upcoming": { message: "Upcoming events", note: "Heading of upcoming events" },
  "network.events.past": { message: "Past events", note: "Heading of past events" },
  "network.events.noneUpcoming": { message: "No upcoming event.", note: "Empty upcoming events" },
  "network.events.nonePast": { message: "No past event.", note: "Empty past events" },
  "network.events.feed": {
    message: "Subscribe to upcoming events (iCalendar)",
    note: "Link to the ICS feed of upcoming events",
  },
  "network.events.calendarName": {
    message: "{siteName}: upcoming events",
    note: "Name of the calendar feed in calendar apps",
  },
  "network.event.when": { message: "When", note: "Label of an event's date and time" },
  "network.event.zone": {
    message: "Times in {zone}",
    note: "Says which time zone an event's times are shown in; zone is the zone's name in this language from Intl (“Eastern Time”)",
  },
  "network.event.readerTime": {
    message: "In your time zone ({zone}): {time}",
    note: "Shown by the browser script under an event's time when the reader's zone differs; zone is the zone's name in this language from Intl (“Japan Standard Time”), time the date and time span in it",
  },
  "network.event.format": { message: "Format", note: "Label of an event's format" },
  "network.format.virtual": { message: "Virtual", note: "Event format" },
  "network.format.in-person": { message: "In person", note: "Event format" },
  "network.format.hybrid": { message: "Hybrid", note: "Event format" },
  "network.event.place": { message: "Place", note: "Label of an event's place" },
  "network.event.organisers": { message: "Organised by", note: "Label of an event's organisers" },
  "network.event.sponsors": { message: "Co-sponsored by", note: "Label of an event's co-sponsors" },
  "network.event.speakers": { message: "Speakers", note: "Heading of an event's speakers" },
  "network.event.agenda": { message: "Agenda", note: "Heading of an event's agenda" },
  "network.event.register": { message: "Register", note: "Link to an event's registration" },
  "network.event.participants": {
    message:
      "{participants, plural, one {# participant} other {# participants}} from {countries, plural, one {# country} other {# countries}}",
    note: "Attendance of a past event",
  },
  "network.event.participantsOnly": {
    message: "{participants, plural, one {# participant} other {# participants}}",
    note: "Attendance of a past event when the number of countries is unknown",
  },
  "network.event.recording": {
    message: "Recording",
    note: "Heading of an event's video recording",
  },
  "network.event.summary": {
    message: "Read the summary: {title}",
    note: "Link to an event's summary",
  },
  "network.event.ics": {
    message: "Add to calendar (.ics)",
    note: "Link to an event's iCalendar file",
  },
  "network.event.committee": {
    message: "Steering Committee meeting",
    note: "Badge of a committee meeting",
  },
  "network.event.zoneNote": {
    message: "Time zone: {zone}",
    note: "Line of an event's calendar description naming its time zone",
  },
  "network.region.africa": { message: "Africa", note: "Region of the network" },
  "network.region.asia-pacific": { message: "Asia and the Pacific", note: "Region of the network" },
  "network.region.europe": { message: "Europe", note: "Region of the network" },
  "network.region.latin-america-caribbean": {
    message: "Latin America and the Caribbean",
    note: "Region of the network",
  },
  "network.region.mena": { message: "Middle East and North Africa", note: "Region of the network" },
  "network.region.north-america": { message: "North America", note: "Region of the network" },
  "network.region.south-asia": { message: "South Asia", note: "Region of the network" },
  "network.error.required": { message: "This field is required.", note: "Form error" },
  "network.error.tooLong": { message: "This text is too long.", note: "Form error" },
  "network.error.controlCharacters": {
    message: "Remove the invisible control or text-direction characters (such as U+202E).",
    note: "Form error: a name or text holds a control character (NUL…) or a bidirectional override",
  },
  "network.error.remoteImage": {
    message:
      "Images must come from the media library: upload each image from another website there and use its address instead.",
    note: "Form error on a profile or description: a Markdown image points at another website, which the site's security policy blocks",
  },
  "network.error.url": { message: "Enter an address starting with https://.", note: "Form error" },
  "network.error.date": { message: "Enter a date as YYYY-MM-DD.", note: "Form error" },
  "network.error.dateTime": { message: "Enter a date and time.", note: "Form error" },
  "network.error.slug": {
    message: "Use lowercase letters, digits and hyphens.",
    note: "Form error for a URL slug",
  },
  "network.error.country": {
    message: "Unknown country: use an ISO 3166-1 two-letter code such as FR.",
    note: "Form and import error",
  },
  "network.error.coordinates": {
    message: "Bad coordinates: latitude −90 to 90, longitude −180 to 180, in decimal degrees.",
    note: "Form and import error",
  },
  "network.error.region": { message: "Unknown region.", note: "Form and import error" },
  "network.error.hub": {
    message: "Unknown regional hub.",
    note: "Import error: hub slug not found",
  },
  "network.error.duplicate": {
    message: "Duplicate: this city is already in the directory or earlier in the file.",
    note: "Form and import error",
  },
  "network.error.formula": {
    message: "Text may not start with =, +, - or @ (spreadsheet formula).",
    note: "Import error guarding against formula injection",
  },
  "network.error.color": { message: "Enter a colour as #rrggbb.", note: "Form error" },
  "network.error.timeZone": { message: "Unknown time zone.", note: "Form error" },
  "network.error.endBeforeStart": { message: "The end is before the start.", note: "Form error" },
  "network.error.invalid": { message: "This value is not valid.", note: "Form error" },
  "network.error.slugTaken": {
    message: "This name or address is already taken.",
    note: "Form error: duplicate slug or city",
  },
  "network.error.cityUnknown": {
    message:
      "No member city has this name. Type part of its name and choose one of the suggestions.",
    note: "Form error: the typed city matches no city",
  },
  "network.error.cityAmbiguous": {
    message:
      "Several member cities have this name. Choose one of the suggestions, which add the country.",
    note: "Form error: the typed city matches more than one city",
  },
  "network.error.personUnknown": {
    message:
      "No person in the directory has this name. Type part of the name and choose one of the suggestions.",
    note: "Form error: the typed person matches nobody in the directory",
  },
  "network.error.personAmbiguous": {
    message:
      "Several people in the directory have this name. Choose one of the suggestions: they tell them apart.",
    note: "Form error: the typed person matches more than one person",
  },
  "network.error.organisationUnknown": {
    message:
      "No organisation in the directory has this name. Type part of the name and choose one of the suggestions.",
    note: "Form error: the typed organisation matches none",
  },
  "network.error.organisationAmbiguous": {
    message:
      "Several organisations in the directory have this name. Choose one of the suggestions: they tell them apart.",
    note: "Form error: the typed organisation matches more than one",
  },
  "network.error.itemUnknown": {
    message:
      "No published item has this title. Type part of the title and choose one of the suggestions.",
    note: "Form error: the typed summary of an event matches no published content item",
  },
  "network.error.itemAmbiguous": {
    message:
      "Several published items have this title. Choose one of the suggestions: they tell them apart.",
    note: "Form error: the typed summary matches more than one published item",
  },
  "network.error.personLineUnknown": {
    message: "Line {line}: no person in the directory is named “{name}”.",
    note: "Form error of a list typed one name per line (speakers); line: the line's number; name: what was typed on it",
  },
  "network.error.personLineAmbiguous": {
    message:
      "Line {line}: several people in the directory are named “{name}”. Choose one of the suggestions.",
    note: "Form error of a list typed one name per line (speakers); line: the line's number; name: what was typed on it",
  },
  "network.error.organisationLineUnknown": {
    message: "Line {line}: no organisation in the directory is named “{name}”.",
    note: "Form error of a list typed one name per line (organisers, co-sponsors); line: the line's number; name: what was typed on it",
  },
  "network.error.organisationLineAmbiguous": {
    message:
      "Line {line}: several organisations in the directory are named “{name}”. Choose one of the suggestions.",
    note: "Form error of a list typed one name per line (organisers, co-sponsors); line: the line's number; name: what was typed on it",
  },
  "network.error.tooManyEntries": {
    message: "Too many entries: at most {max}.",
    note: "Form error of a list of names (speakers, sponsors); max: the largest number allowed",
  },
  "network.error.inUse": {
    message: "This entry is still used elsewhere and cannot be deleted.",
    note: "Error when deleting something referenced",
  },
  "network.import.title": { message: "Import cities", note: "Title of the city import page" },
  "network.import.help": {
    message:
      "A CSV file with the columns name, country, region, latitude, longitude and optionally local_name, slug, hub, member_since, website, tag, profile. Nothing is written unless every row is valid.",
    note: "Help text of the city import form",
  },
  "network.import.file": { message: "CSV file", note: "Label of the file field" },
  "network.import.skipInvalid": {
    message: "Import the valid rows and skip the others",
    note: "Checkbox of the import form",
  },
  "network.import.submit": { message: "Import", note: "Button of the import form" },
  "network.import.done": {
    message:
      "{written, plural, one {# city imported} other {# cities imported}} of {rows, plural, one {# row} other {# rows}}.",
    note: "Import result",
  },
  "network.import.nothingWritten": {
    message:
      "Nothing was imported: {invalid, plural, one {# row has} other {# rows have}} problems.",
    note: "Import result when some rows are invalid",
  },
  "network.import.line": {
    message: "Line {line}",
    note: "Row of the import report; line of the file",
  },
  "network.import.columnCount": {
    message: "Wrong number of columns.",
    note: "Import error: the row does not have as many cells as the header",
  },
  "network.import.tooLong": { message: "A cell is too long.", note: "Import error" },
  "network.import.encoding": { message: "The row is not valid UTF-8 text.", note: "Import error" },
  "network.import.badHeader": {
    message:
      "The first line must name the columns (name, country, region, latitude, longitude, …).",
    note: "Import error about the header line",
  },
  "network.import.tooLarge": { message: "The file is too large.", note: "Import error" },
  "network.import.tooManyRows": { message: "The file has too many rows.", note: "Import error" },
  "network.import.noFile": { message: "Choose a CSV file.", note: "Import error" },
  "network.admin.nav": { message: "Network", note: "Workspace menu link to the network directory" },
  "network.admin.title": {
    message: "Network directory",
    note: "Title of the network workspace page",
  },
  "network.admin.cities": { message: "Cities", note: "Workspace section" },
  "network.admin.hubs": { message: "Hubs", note: "Workspace section" },
  "network.admin.people": { message: "People", note: "Workspace section" },
  "network.admin.organisations": { message: "Organisations", note: "Workspace section" },
  "network.admin.terms": { message: "Committee terms", note: "Workspace section" },
  "network.admin.events": { message: "Events", note: "Workspace section" },
  "network.admin.new": { message: "Add", note: "Button creating a new entry" },
  "network.admin.edit": { message: "Edit", note: "Link editing an entry" },
  "network.admin.delete": { message: "Delete", note: "Button deleting an entry" },
  "network.admin.save": { message: "Save", note: "Button saving a form" },
  "network.admin.saved": { message: "Saved.", note: "Notice after saving" },
  "network.admin.deleted": { message: "Deleted.", note: "Notice after deleting" },
  "network.admin.empty": { message: "Nothing here yet.", note: "Empty workspace list" },
  "network.admin.errors": {
    message: "Please correct the fields marked below.",
    note: "Form error summary",
  },
  "network.admin.count": {
    message: "{count, plural, one {# entry} other {# entries}}",
    note: "How many entries of one kind the workspace holds (or match the search of its list)",
  },
  "network.admin.showAll": {
    message: "See all and search",
    note: "Link under a workspace section that shows only its first entries, to the full list of that kind, page by page, with a search box",
  },
  "network.admin.search": {
    message: "Search by name",
    note: "Label of the search box of a workspace list (finds entries whose name, or an event's title, contains the text)",
  },
  "network.admin.searchSubmit": {
    message: "Search",
    note: "Button of the search box of a workspace list",
  },
  "network.admin.noMatch": {
    message: "No entry matches this search.",
    note: "Workspace list whose search finds nothing",
  },
  "network.admin.none": { message: "(none)", note: "Select option for no value" },
  "network.admin.cityHint": {
    message: "Type the city's name; suggestions appear as you type.",
    note: "Hint under a city field of the network forms (a text field with suggestions)",
  },
  "network.admin.personHint": {
    message: "Type the person's name; suggestions appear as you type.",
    note: "Hint under a person field of the network forms (a text field with suggestions)",
  },
  "network.admin.organisationHint": {
    message: "Type the organisation's name; suggestions appear as you type.",
    note: "Hint under an organisation field of the network forms (a text field with suggestions)",
  },
  "network.admin.itemHint": {
    message: "Type the title of a published item; suggestions appear as you type.",
    note: "Hint under the summary field of the event form (a text field with suggestions of published content items)",
  },
  "network.admin.peopleLinesHint": {
    message:
      "One person per line, in the order the event page shows them. To remove someone, delete their line.",
    note: "Hint of the speakers field when the page runs without JavaScript (a text box, one name per line)",
  },
  "network.admin.organisationsLinesHint": {
    message:
      "One organisation per line, in the order the event page shows them. To remove one, delete its line.",
    note: "Hint of the organisers and co-sponsors fields when the page runs without JavaScript (a text box, one name per line)",
  },
  "network.admin.listHint": {
    message:
      "Type a name, choose one of the suggestions and press Add. The arrows move an entry up or down the list, Remove takes it off.",
    note: "Hint of a list of names (speakers, organisers, co-sponsors) with JavaScript: a list with arrow buttons (↑ ↓) and Remove buttons, and a field with an Add button; say Add and Remove as the buttons do",
  },
  "network.admin.listAdd": {
    message: "Add",
    note: "Button adding the typed name to a list (speakers, organisers, co-sponsors)",
  },
  "network.admin.listAdd.organiserIds": {
    message: "Add an organiser",
    note: "Accessible name of the Add button of the organisers list; starts with the word of network.admin.listAdd",
  },
  "network.admin.listAdd.sponsorIds": {
    message: "Add a co-sponsor",
    note: "Accessible name of the Add button of the co-sponsors list; starts with the word of network.admin.listAdd",
  },
  "network.admin.listAdd.speakerIds": {
    message: "Add a speaker",
    note: "Accessible name of the Add button of the speakers list; starts with the word of network.admin.listAdd",
  },
  "network.admin.listRemove": {
    message: "Remove",
    note: "Button beside each entry of a list (speakers, organisers, co-sponsors) that takes it off the list",
  },
  "network.admin.listMoveUpEntry": {
    message: "Move {name} up",
    note: "Accessible name of the ↑ button beside an entry of a list (speakers, organisers, co-sponsors): it swaps the entry with the one above; name: the entry",
  },
  "network.admin.listMoveDownEntry": {
    message: "Move {name} down",
    note: "Accessible name of the ↓ button beside an entry of a list: it swaps the entry with the one below; name: the entry",
  },
  "network.admin.listRemoveEntry": {
    message: "Remove {name}",
    note: "Accessible name of a Remove button; name: the entry it removes; starts with the word of network.admin.listRemove",
  },
  "network.admin.entry": { message: "Entry", note: "Column heading of the workspace lists" },
  "network.admin.actions": { message: "Actions", note: "Column heading of the workspace lists" },
  "network.field.name": { message: "Name", note: "Form field" },
  "network.field.localName": { message: "Local name", note: "Form field" },
  "network.field.slug": {
    message: "Address (slug)",
    note: "Form field; empty makes one from the name",
  },
  "network.field.country": { message: "Country (ISO code)", note: "Form field" },
  "network.field.region": { message: "Region", note: "Form field" },
  "network.field.latitude": { message: "Latitude", note: "Form field" },
  "network.field.longitude": { message: "Longitude", note: "Form field" },
  "network.field.hubId": { message: "Regional hub", note: "Form field" },
  "network.field.memberSince": { message: "Member since (YYYY or YYYY-MM-DD)", note: "Form field" },
  "network.field.website": { message: "Website", note: "Form field" },
  "network.field.contactPersonId": { message: "Contact person", note: "Form field" },
  "network.field.tagSlug": { message: "Tag of related content", note: "Form field" },
  "network.field.profile": { message: "Profile (Markdown)", note: "Form field" },
  "network.field.color": { message: "Colour on the map", note: "Form field" },
  "network.field.description": { message: "Description (Markdown)", note: "Form field" },
  "network.field.title": { message: "Title", note: "Form field" },
  "network.field.organisationId": { message: "Organisation", note: "Form field" },
  "network.field.cityId": { message: "City", note: "Form field" },
  "network.field.role": { message: "Role", note: "Form field" },
  "network.field.startsOn": { message: "From", note: "Form field: first day of a term" },
  "network.field.endsOn": {
    message: "To (empty while it runs)",
    note: "Form field: last day of a term",
  },
  "network.field.representativeId": { message: "Representative", note: "Form field" },
  "network.field.startsAtLocal": {
    message: "Starts (in the event's time zone)",
    note: "Form field",
  },
  "network.field.endsAtLocal": { message: "Ends (in the event's time zone)", note: "Form field" },
  "network.field.timeZone": { message: "Time zone", note: "Form field" },
  "network.field.format": { message: "Format", note: "Form field" },
  "network.field.place": { message: "Place", note: "Form field" },
  "network.field.registrationUrl": { message: "Registration link", note: "Form field" },
  "network.field.participantCount": { message: "Participants", note: "Form field" },
  "network.field.countryCount": { message: "Countries", note: "Form field" },
  "network.field.recordingUrl": { message: "Recording (video link)", note: "Form field" },
  "network.field.summaryItemId": { message: "Summary (a published item)", note: "Form field" },
  "network.field.isCommitteeMeeting": {
    message: "Steering Committee meeting",
    note: "Form checkbox",
  },
  "network.field.organiserIds": { message: "Organisers", note: "Form field (multiple choice)" },
  "network.field.sponsorIds": { message: "Co-sponsors", note: "Form field (multiple choice)" },
  "network.field.speakerIds": { message: "Speakers", note: "Form field (multiple choice)" },
  "network.field.sessions": {
    message: "Agenda: one session per line, “HH:MM-HH:MM Title”",
    note: "Form field",
  },
} as const satisfies Catalog;

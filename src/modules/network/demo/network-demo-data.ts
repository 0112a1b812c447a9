import type { CommitteeRole, EventFormat, Region } from "../network.table.js";

// The demo network: real cities with approximate coordinates, grouped as the
// network's regions and hubs are. Membership years, committee seats and the
// 2027 meeting are illustrative; the two September 2021 events follow the
// seed page's English original (co-sponsors: North Macedonia's Ministry of
// Foreign Affairs and the U.S. Department of State; the European Union was
// never one, whatever the machine translation said).

/** A demo hub. */
export interface DemoHub {
  slug: string;
  name: string;
  region: Region;
  color: string;
  description: string;
}

/** Four hubs, coloured from the Okabe–Ito palette (told apart with colour-blindness too). */
export const DEMO_HUBS: readonly DemoHub[] = [
  {
    slug: "east-and-southern-africa",
    name: "East and Southern Africa Hub",
    region: "africa",
    color: "#0072B2",
    description:
      "The East and Southern Africa Hub connects member cities from Kenya to South Africa. It supports local prevention plans, youth engagement and cooperation between city and national authorities.",
  },
  {
    slug: "latin-america-and-the-caribbean",
    name: "Latin America and the Caribbean Hub",
    region: "latin-america-caribbean",
    color: "#D55E00",
    description:
      "The Latin America and the Caribbean Hub brings together cities working on social cohesion, youth inclusion and violence prevention.",
  },
  {
    slug: "middle-east-and-north-africa",
    name: "Middle East and North Africa Hub",
    region: "mena",
    color: "#009E73",
    description:
      "The Middle East and North Africa Hub helps cities share practice on community resilience, the reintegration of returnees and the prevention of hate.",
  },
  {
    slug: "south-asia",
    name: "South Asia Hub",
    region: "south-asia",
    color: "#CC79A7",
    description:
      "The South Asia Hub links cities in Bangladesh, Nepal and Sri Lanka around social cohesion, online harms and local–national cooperation.",
  },
];

/** A demo city: name, local spelling, ISO country, region, latitude, longitude, hub slug, member since. */
export type DemoCity = [
  name: string,
  localName: string,
  country: string,
  region: Region,
  latitude: number,
  longitude: number,
  hub: string | null,
  memberSince: string,
];

/** 46 member cities in 7 regions. */
export const DEMO_CITIES: readonly DemoCity[] = [
  ["Calgary", "", "CA", "north-america", 51.0447, -114.0719, null, "2015"],
  ["Montréal", "", "CA", "north-america", 45.5019, -73.5674, null, "2015"],
  ["Pittsburgh", "", "US", "north-america", 40.4406, -79.9959, null, "2016"],
  ["Minneapolis", "", "US", "north-america", 44.9778, -93.265, null, "2015"],
  ["Denver", "", "US", "north-america", 39.7392, -104.9903, null, "2017"],
  ["Los Angeles", "", "US", "north-america", 34.0522, -118.2437, null, "2016"],
  ["Greater Manchester", "", "GB", "europe", 53.4808, -2.2426, null, "2017"],
  ["Aarhus", "", "DK", "europe", 56.1629, 10.2039, null, "2015"],
  ["Antwerp", "Antwerpen", "BE", "europe", 51.2194, 4.4025, null, "2015"],
  ["Mechelen", "", "BE", "europe", 51.0259, 4.4776, null, "2015"],
  ["Oslo", "", "NO", "europe", 59.9139, 10.7522, null, "2015"],
  ["Rotterdam", "", "NL", "europe", 51.9244, 4.4777, null, "2016"],
  ["Stockholm", "", "SE", "europe", 59.3293, 18.0686, null, "2016"],
  ["Kumanovo", "Куманово", "MK", "europe", 42.1322, 21.7144, null, "2016"],
  ["Strasbourg", "", "FR", "europe", 48.5734, 7.7521, null, "2018"],
  ["Helsinki", "Helsingfors", "FI", "europe", 60.1699, 24.9384, null, "2019"],
  ["Beirut", "بيروت", "LB", "mena", 33.8938, 35.5018, "middle-east-and-north-africa", "2015"],
  ["Tripoli", "طرابلس", "LB", "mena", 34.4367, 35.8497, "middle-east-and-north-africa", "2018"],
  ["Amman", "عمّان", "JO", "mena", 31.9454, 35.9284, "middle-east-and-north-africa", "2016"],
  ["Irbid", "إربد", "JO", "mena", 32.5568, 35.8469, "middle-east-and-north-africa", "2019"],
  ["Sousse", "سوسة", "TN", "mena", 35.8256, 10.6084, "middle-east-and-north-africa", "2017"],
  ["Tunis", "تونس", "TN", "mena", 36.8065, 10.1815, "middle-east-and-north-africa", "2018"],
  ["Rabat", "الرباط", "MA", "mena", 34.0209, -6.8416, "middle-east-and-north-africa", "2019"],
  ["Nairobi", "", "KE", "africa", -1.2921, 36.8219, "east-and-southern-africa", "2016"],
  ["Mombasa", "", "KE", "africa", -4.0435, 39.6682, "east-and-southern-africa", "2015"],
  ["Kampala", "", "UG", "africa", 0.3476, 32.5825, "east-and-southern-africa", "2018"],
  ["Dar es Salaam", "", "TZ", "africa", -6.7924, 39.2083, "east-and-southern-africa", "2020"],
  ["Cape Town", "Kaapstad", "ZA", "africa", -33.9249, 18.4241, "east-and-southern-africa", "2019"],
  ["Johannesburg", "", "ZA", "africa", -26.2041, 28.0473, "east-and-southern-africa", "2021"],
  ["Dhaka North", "ঢাকা উত্তর", "BD", "south-asia", 23.8103, 90.4125, "south-asia", "2017"],
  ["Narayanganj", "নারায়ণগঞ্জ", "BD", "south-asia", 23.6238, 90.5, "south-asia", "2018"],
  ["Chattogram", "চট্টগ্রাম", "BD", "south-asia", 22.3569, 91.7832, "south-asia", "2020"],
  ["Colombo", "කොළඹ", "LK", "south-asia", 6.9271, 79.8612, "south-asia", "2016"],
  ["Batticaloa", "மட்டக்களப்பு", "LK", "south-asia", 7.731, 81.6747, "south-asia", "2019"],
  ["Kathmandu", "काठमाडौं", "NP", "south-asia", 27.7172, 85.324, "south-asia", "2019"],
  ["Lalitpur", "ललितपुर", "NP", "south-asia", 27.6588, 85.3247, "south-asia", "2020"],
  [
    "Bogotá",
    "",
    "CO",
    "latin-america-caribbean",
    4.711,
    -74.0721,
    "latin-america-and-the-caribbean",
    "2016",
  ],
  [
    "Medellín",
    "",
    "CO",
    "latin-america-caribbean",
    6.2476,
    -75.5658,
    "latin-america-and-the-caribbean",
    "2017",
  ],
  [
    "Quito",
    "",
    "EC",
    "latin-america-caribbean",
    -0.1807,
    -78.4678,
    "latin-america-and-the-caribbean",
    "2018",
  ],
  [
    "Mexico City",
    "Ciudad de México",
    "MX",
    "latin-america-caribbean",
    19.4326,
    -99.1332,
    "latin-america-and-the-caribbean",
    "2019",
  ],
  [
    "São Paulo",
    "",
    "BR",
    "latin-america-caribbean",
    -23.5505,
    -46.6333,
    "latin-america-and-the-caribbean",
    "2020",
  ],
  [
    "Santiago",
    "",
    "CL",
    "latin-america-caribbean",
    -33.4489,
    -70.6693,
    "latin-america-and-the-caribbean",
    "2021",
  ],
  [
    "Kingston",
    "",
    "JM",
    "latin-america-caribbean",
    17.9712,
    -76.7936,
    "latin-america-and-the-caribbean",
    "2019",
  ],
  ["Melbourne", "", "AU", "asia-pacific", -37.8136, 144.9631, null, "2015"],
  ["Christchurch", "Ōtautahi", "NZ", "asia-pacific", -43.5321, 172.6362, null, "2019"],
  ["Marawi", "", "PH", "asia-pacific", 8.0034, 124.2839, null, "2018"],
];

/** Short profiles of a few cities (Markdown, English: the source language). */
export const DEMO_PROFILES: Readonly<Record<string, string>> = {
  Calgary:
    "Calgary was among the first North American cities to join the network. Its prevention work brings together the city, the police service and community organisations.",
  Kumanovo:
    "Kumanovo works with North Macedonia's national authorities on a **local prevention council** that brings together schools, social services and religious communities.",
  Mombasa:
    "Mombasa's county government leads a prevention action plan written with youth groups, women's organisations and faith leaders.",
  Beirut:
    "Beirut shares its experience of municipal services for displaced people and of keeping public spaces open to every community.",
};

/** Organisations of the demo: the network itself and the side event's co-sponsors. */
export const DEMO_ORGANISATIONS = [
  { slug: "strong-cities-network", name: "Strong Cities Network", country: null, website: null },
  {
    slug: "ministry-of-foreign-affairs-north-macedonia",
    name: "Ministry of Foreign Affairs of North Macedonia",
    country: "MK",
    website: null,
  },
  {
    slug: "us-department-of-state",
    name: "U.S. Department of State",
    country: "US",
    website: "https://www.state.gov/",
  },
  {
    slug: "un-office-of-counter-terrorism",
    name: "United Nations Office of Counter-Terrorism",
    country: null,
    website: "https://www.un.org/counterterrorism/",
  },
] as const;

/** The side event's speakers, with their titles at the time (September 2021). */
export const DEMO_PEOPLE = [
  {
    slug: "uzra-zeya",
    name: "Uzra Zeya",
    title:
      "Under Secretary of State for Civilian Security, Democracy, and Human Rights (United States)",
    organisation: "us-department-of-state",
    city: null,
  },
  {
    slug: "vladimir-voronkov",
    name: "Vladimir Voronkov",
    title: "Under-Secretary-General of the United Nations Office of Counter-Terrorism",
    organisation: "un-office-of-counter-terrorism",
    city: null,
  },
  {
    slug: "naheed-nenshi",
    name: "Naheed Nenshi",
    title: "Mayor of Calgary (Canada)",
    organisation: null,
    city: "Calgary",
  },
  {
    slug: "bill-peduto",
    name: "Bill Peduto",
    title: "Mayor of Pittsburgh (United States)",
    organisation: null,
    city: "Pittsburgh",
  },
  {
    slug: "andy-burnham",
    name: "Andy Burnham",
    title: "Mayor of Greater Manchester (United Kingdom)",
    organisation: null,
    city: "Greater Manchester",
  },
] as const;

/** Committee seats: city, role, from, to (null while the term runs). */
export const DEMO_TERMS: readonly [string, CommitteeRole, string, string | null][] = [
  ["Montréal", "co-chair", "2021-09-22", null],
  ["Mombasa", "co-chair", "2021-09-22", null],
  ["Aarhus", "co-chair", "2015-09-29", "2021-09-21"],
  ["Oslo", "member", "2015-09-29", "2019-12-31"],
  ["Aarhus", "member", "2021-09-22", null],
  ["Calgary", "member", "2021-09-22", null],
  ["Greater Manchester", "member", "2021-09-22", null],
  ["Kumanovo", "member", "2021-09-22", null],
  ["Beirut", "member", "2021-09-22", null],
  ["Amman", "member", "2021-09-22", null],
  ["Dhaka North", "member", "2021-09-22", null],
  ["Colombo", "member", "2021-09-22", null],
  ["Bogotá", "member", "2021-09-22", null],
  ["Nairobi", "member", "2021-09-22", null],
  ["Melbourne", "member", "2021-09-22", null],
];

/** A demo event; times are wall-clock times in its zone. */
export interface DemoEvent {
  slug: string;
  title: string;
  description: string;
  startsAtLocal: string;
  endsAtLocal: string;
  timeZone: string;
  format: EventFormat;
  place: string;
  isCommitteeMeeting: boolean;
  organisers: string[];
  sponsors: string[];
  speakers: string[];
  sessions: string;
  participantCount?: number;
  countryCount?: number;
  recordingUrl?: string;
  registrationUrl?: string;
  /** A content item summarising the event: [type, slug]. */
  summary?: ["news" | "event", string];
}

/** The seed page's two events of September 2021, and the committee's next meeting. */
export const DEMO_EVENTS: readonly DemoEvent[] = [
  {
    slug: "international-steering-committee-meeting-september-2021",
    title: "Revitalising the International Steering Committee",
    description:
      "Mayors and other representatives of about twenty cities from around the world met to revitalise the International Steering Committee, the network's leadership and decision-making body. They discussed the challenges cities face in preventing and countering violent extremism, and how to make sure that the network is fit for purpose.",
    startsAtLocal: "2021-09-22T14:00",
    endsAtLocal: "2021-09-22T16:00",
    timeZone: "Europe/London",
    format: "virtual",
    place: "",
    isCommitteeMeeting: true,
    organisers: ["strong-cities-network"],
    sponsors: [],
    speakers: [],
    sessions:
      "14:00-14:15 Welcome\n14:15-15:15 The challenges cities face\n15:15-16:00 A stronger, member-led Steering Committee",
    summary: ["event", "revitalising-the-international-steering-committee"],
  },
  {
    slug: "un-general-assembly-2021-side-event",
    title:
      "The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism: UN General Assembly side event",
    description:
      "A virtual side event on the margins of the 76th UN General Assembly. It brought together mayors and other local leaders from around the world with representatives of national governments, the United Nations and other multilateral bodies.",
    startsAtLocal: "2021-09-30T10:00",
    endsAtLocal: "2021-09-30T11:30",
    timeZone: "America/New_York",
    format: "virtual",
    place: "",
    isCommitteeMeeting: false,
    organisers: ["strong-cities-network"],
    sponsors: ["ministry-of-foreign-affairs-north-macedonia", "us-department-of-state"],
    speakers: ["uzra-zeya", "vladimir-voronkov", "naheed-nenshi", "bill-peduto", "andy-burnham"],
    sessions: "10:00-10:15 Opening remarks\n10:15-11:15 Mayors' panel\n11:15-11:30 Closing remarks",
    participantCount: 120,
    countryCount: 38,
    recordingUrl: "https://www.youtube.com/watch?v=2Vv-BfVoq4g",
    summary: ["event", "un-general-assembly-2021-virtual-side-event"],
  },
  {
    slug: "international-steering-committee-meeting-2027",
    title: "International Steering Committee: spring meeting 2027",
    description:
      "The Committee reviews the network's priorities, the regional hubs' work plans and the preparation of the next Global Summit. Member cities may follow the open session online.",
    startsAtLocal: "2027-03-17T14:00",
    endsAtLocal: "2027-03-17T17:00",
    timeZone: "Europe/Brussels",
    format: "hybrid",
    place: "Brussels, Belgium, and online",
    isCommitteeMeeting: true,
    organisers: ["strong-cities-network"],
    sponsors: [],
    speakers: [],
    sessions:
      "14:00-15:00 Reports of the regional hubs\n15:00-16:00 Priorities for 2027-2028\n16:00-17:00 Open session: the Global Summit",
  },
];

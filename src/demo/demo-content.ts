/** A demo document (PDF) generated locally. */
export interface DemoDocument {
  key: string;
  fileName: string;
  title: string;
  paragraphs: string[];
}

/** One demo item, as an editor would write it. */
export interface DemoItem {
  type: "news" | "resource" | "event" | "page";
  /** Lowercase words joined by hyphens, unique per type. */
  slug: string;
  title: string;
  /** One or two sentences. */
  summary: string;
  /** Markdown; inline images are written `![alt](demo-image:KEY "Caption")`. */
  body: string;
  tags: string[];
  /** ISO instant, e.g. "2021-10-19T09:00:00.000Z". */
  publishedAt: string;
  hero?: { imageKey: string; alt: string; caption: string };
  videoUrl?: string;
  attachments?: { documentKey: string; title: string }[];
  /** Instants are UTC and correspond to the local times in `timeZone`. */
  event?: {
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string;
    attendanceMode: "online" | "offline" | "mixed";
  };
  isFeatured?: boolean;
}

/** The PDF documents attached to demo resources, generated locally by `makeDemoPdf`. */
export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  {
    key: "ten-actions",
    fileName: "scn-ten-actions-for-cities.pdf",
    title: "Ten actions cities can take to prevent and counter violent extremism",
    paragraphs: [
      "Strong Cities Network discussion paper, September 2021.",
      "Violent extremism is experienced locally. Cities are often the first to see the signs of polarisation, hate and radicalisation, and the first to respond when an attack happens. Yet the contribution that local governments can make to prevention is still not fully appreciated by many multilateral bodies, national governments and even cities themselves. This paper sets out ten practical actions that any city, whatever its size or resources, can take as part of a whole-of-society approach.",
      "1. Build a local prevention network. Bring together municipal departments, police, schools, health and social services, civil society and faith communities so that concerns are shared early and responses are coordinated.",
      "2. Adopt a local prevention strategy or action plan. A short, public plan with clear objectives, named leads and a budget signals commitment and makes progress measurable.",
      "3. Invest in social cohesion. Neighbourhood programmes, shared public spaces and inclusive services reduce the grievances and isolation that extremist groups exploit.",
      "4. Engage young people as partners. Involve youth councils and youth-led organisations in designing programmes, not only as their audience.",
      "5. Equip frontline practitioners. Teachers, social workers, youth workers and health professionals need training, guidance and a clear referral pathway when they are worried about someone.",
      "6. Work with communities and civil society. Trusted local organisations reach people that public institutions cannot, and they need sustainable funding and a seat at the table.",
      "7. Respond to online harms locally. Hate and disinformation spread online but their effects are felt in the street; cities can support digital literacy and counter-messaging led by local voices.",
      "8. Cooperate with national government. Agree who does what, share information within the law, and make sure national strategies reflect local realities.",
      "9. Support rehabilitation and reintegration. Housing, employment and mental health services are essential for people leaving violent movements and for returning families.",
      "10. Learn, measure and share. Evaluate what works, exchange practice with peer cities and contribute to the evidence base through networks such as the Strong Cities Network.",
      "The Strong Cities Network invites cities, national governments and multilateral partners to use these ten actions as a starting point for dialogue and to share their own experience with the network.",
    ],
  },
  {
    key: "fact-sheet",
    fileName: "scn-fact-sheet-2021.pdf",
    title: "Strong Cities Network fact sheet (updated 2021)",
    paragraphs: [
      "Mission. The Strong Cities Network (SCN) is a global network of mayors, municipal policy makers and practitioners united in building social cohesion and community resilience to counter violent extremism in all its forms.",
      "Goals. The network helps cities to develop local prevention strategies, to strengthen cooperation between local and national governments, to learn from one another through city-to-city exchange, and to make the voice of cities heard in international forums such as the United Nations.",
      "Membership. Membership is free and open to cities and other sub-national authorities that share the network's commitment to human rights and to prevention. Members nominate a focal point who receives invitations, resources and requests for input.",
      "Structure. The International Steering Committee is the network's leadership and decision-making body. It provides strategic direction, promotes the network's mission and ensures that the network remains member-led and member-guided. Following its revitalisation in September 2021 it includes mayors and senior representatives from every region.",
      "Regional hubs. A new regional hub model brings support closer to members. Hubs organise regional meetings and exchanges, adapt tools to local contexts and channel the priorities of their region to the Steering Committee.",
      "Management unit. A small management unit supports the Steering Committee and the hubs, organises global events, maintains the network's resources and coordinates partnerships with national governments and multilateral bodies.",
      "Get involved. Cities interested in joining can contact the management unit through the network's website.",
    ],
  },
  {
    key: "prevention-toolkit",
    fileName: "scn-local-prevention-toolkit.pdf",
    title: "Local prevention toolkit: from strategy to practice",
    paragraphs: [
      "This toolkit accompanies the Strong Cities Network guidance for local practitioners. It is organised in four modules that follow the life of a local prevention programme.",
      "Module 1 - Understanding the local context. How to carry out a rapid assessment using existing data, interviews with frontline staff and community consultations, and how to avoid stigmatising particular groups.",
      "Module 2 - Designing a local action plan. Templates for objectives, roles and budgets, with examples from cities of different sizes.",
      "Module 3 - Multi-agency case management. Principles for referral pathways, information sharing, consent and safeguarding, and the division of labour between the municipality and the police.",
      "Module 4 - Monitoring and learning. A short set of indicators, a sample survey and guidance on commissioning an independent review.",
      "Each module ends with a checklist. The toolkit is meant to be adapted: cities are encouraged to translate it and to share their adapted versions with the network.",
    ],
  },
  {
    key: "local-national-guide",
    fileName: "scn-local-national-cooperation-guide.pdf",
    title: "Working together: a guide to local-national cooperation in prevention",
    paragraphs: [
      "Prevention works best when local and national governments pull in the same direction. This guide draws on consultations with more than forty cities and a dozen national ministries.",
      "Principle 1 - Clarity of roles. National governments set the legal and policy framework; cities design and deliver services close to residents. Write the division of labour down.",
      "Principle 2 - Two-way information. Share what can lawfully be shared, in both directions, and agree in advance how sensitive information is handled.",
      "Principle 3 - Predictable funding. Short project grants make it hard for cities to retain skilled staff. Multi-year funding produces better results.",
      "Principle 4 - A voice for cities. Involve mayors and municipal practitioners when national strategies are drafted and reviewed.",
      "The guide closes with a self-assessment that cities and ministries can complete together.",
    ],
  },
  {
    key: "online-harms-briefing",
    fileName: "scn-online-harms-briefing.pdf",
    title: "Online harms: a briefing for city leaders",
    paragraphs: [
      "Hate speech, disinformation and extremist propaganda travel online, but their consequences are local: harassment of residents, tension between communities, and threats against local officials.",
      "What cities can do. Cities do not regulate platforms, but they can build digital literacy in schools and libraries, support local voices that offer credible alternatives, protect elected officials and staff who are targeted, and connect victims with support.",
      "What cities should avoid. Responses that single out particular communities, or that rely only on content removal, can deepen mistrust.",
      "Working with others. Partnerships with national authorities, researchers and civil society organisations help cities understand trends and respond quickly during a crisis.",
    ],
  },
  {
    key: "annual-report-2025",
    fileName: "scn-annual-report-2025.pdf",
    title: "Strong Cities Network annual report 2025",
    paragraphs: [
      "2025 was a year of consolidation for the Strong Cities Network. Membership grew to 232 cities and every regional hub held at least two meetings.",
      "Highlights. The network organised 61 regional activities, published four new resources in six languages and supported 19 city-to-city exchanges.",
      "Steering Committee. The International Steering Committee met twice and agreed priorities for the 2027 Global Summit, with a focus on young people, online harms and local-national cooperation.",
      "Finances. The network's activities were funded by grants from national governments and foundations. Membership remains free of charge.",
      "Looking ahead. In 2026 the network will expand support for smaller cities, renew its training offer for frontline practitioners and prepare the Global Summit.",
    ],
  },
];

/** The demo articles, resources, events and pages, written in English (the source language). */
export const DEMO_ITEMS: readonly DemoItem[] = [
  // ---------------------------------------------------------------- Core items (September 2021)
  {
    type: "news",
    slug: "september-update-2021",
    title: "Strong Cities Network: September update",
    summary:
      "September brought two important moments for the network: a meeting to revitalise the International Steering Committee and a virtual side event on the margins of the 76th UN General Assembly.",
    body: `September was marked by two important events for the Strong Cities Network (SCN).

## Revitalising the International Steering Committee

On 22 September, mayors and other representatives of about twenty cities from around the world met to revitalise the SCN International Steering Committee, the network's leadership and decision-making body. Participants discussed the challenges that cities face in preventing and countering violent extremism, and how to make sure that the SCN is fit for purpose. [Read a short summary of the discussion](/en/events/revitalising-the-international-steering-committee).

![Illustration: a round table surrounded by chairs under a stone arch](demo-image:steering-committee "Around twenty cities took part in the meeting to revitalise the International Steering Committee.")

## The role of cities at the UN General Assembly

On 30 September, the SCN held a virtual side event on the margins of the 76th UN General Assembly on *The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism*. Co-sponsored by the Ministry of Foreign Affairs of North Macedonia and the U.S. Department of State, the event brought together mayors and other local leaders from around the world with representatives of national governments, the United Nations and other multilateral bodies.

You can watch a recording of the event on our YouTube channel and [read a full summary](/en/events/un-general-assembly-2021-virtual-side-event).

## Two papers for discussion

During these events we also presented two papers for discussion:

1. **[Ten actions cities can take to prevent and counter violent extremism](/en/resources/ten-actions-cities-can-take).** The paper highlights ten actions that cities can take, and aims to raise awareness among multilateral bodies, national governments and even cities that may not fully appreciate the range of contributions they can make in a "whole-of-society" approach to preventing and countering violent extremism.
2. **[The updated SCN fact sheet](/en/resources/scn-fact-sheet-2021).** It describes the network's mission, goals and structure, including the new regional hub model and a revitalised, stronger Steering Committee.

> We welcome comments on both papers from member cities and partners. Please send them to the management unit before the end of November.`,
    tags: ["Steering Committee", "UN General Assembly", "Mayors", "Prevention", "Regional hubs"],
    publishedAt: "2021-10-19T09:00:00.000Z",
    hero: {
      imageKey: "september-update",
      alt: "Illustration: a city skyline at dusk under a sunset sky",
      caption:
        "In total, more than 120 participants from 38 countries attended the UN General Assembly side event on 30 September.",
    },
  },
  {
    type: "event",
    slug: "revitalising-the-international-steering-committee",
    title: "Revitalising the International Steering Committee",
    summary:
      "Mayors and representatives of about twenty cities met online to revitalise the SCN International Steering Committee and discuss how to strengthen the network and its impact.",
    body: `The [International Steering Committee](/en/international-steering-committee) (ISC) is the leadership and decision-making body of the Strong Cities Network. Its role is to provide strategic direction to the SCN, to promote the SCN mission and to ensure that the SCN remains member-led and member-guided.

On 22 September 2021, a meeting was held to revitalise the ISC and to discuss how to strengthen the network and improve its impact.

## Who took part

Mayors, deputy mayors and senior officials from about twenty cities in Africa, Asia, Europe, the Middle East and North Africa, and the Americas joined the meeting, together with the SCN management unit.

## What was discussed

Participants shared the challenges their cities face in preventing and countering violent extremism, including:

- the growth of hate and disinformation online, and its effects on local communities;
- polarisation and pressure on social cohesion following the COVID-19 pandemic;
- limited resources, and the difficulty of securing long-term funding for prevention work;
- uneven cooperation between local and national authorities.

They also discussed whether the SCN, six years after its launch, is still fit for purpose.

## Outcomes

Participants agreed that:

1. the ISC will meet at least twice a year, with a rotating chair;
2. membership of the ISC will reflect every region of the network, building on the new **regional hub model**;
3. the ISC will review the draft paper on [ten actions cities can take](/en/resources/ten-actions-cities-can-take) and the [updated fact sheet](/en/resources/scn-fact-sheet-2021) before their wider circulation;
4. the management unit will prepare proposals for the network's priorities for the next two years.

> The Steering Committee belongs to the members. Its strength depends on cities taking part, sharing their experience and holding the network to account.

Read more in our [September update](/en/news/september-update-2021).`,
    tags: ["Steering Committee", "Mayors", "Regional hubs"],
    publishedAt: "2021-10-12T09:00:00.000Z",
    hero: {
      imageKey: "steering-committee",
      alt: "Illustration: a round table surrounded by chairs under a stone arch",
      caption:
        "The International Steering Committee is the network's leadership and decision-making body.",
    },
    event: {
      startsAt: "2021-09-22T13:00:00.000Z",
      endsAt: "2021-09-22T15:00:00.000Z",
      timeZone: "Europe/London",
      location: "Online",
      attendanceMode: "online",
    },
  },
  {
    type: "event",
    slug: "un-general-assembly-2021-virtual-side-event",
    title:
      "UN General Assembly 2021 virtual side event: The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism",
    summary:
      "Watch the full recording of the SCN's virtual side event on the margins of the 76th UN General Assembly, co-sponsored by North Macedonia's Ministry of Foreign Affairs and the U.S. Department of State.",
    body: `Watch the full recording of the virtual side event held by the Strong Cities Network on the margins of the 76th UN General Assembly. The event, *The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism*, was co-sponsored by the Ministry of Foreign Affairs of North Macedonia and the U.S. Department of State.

## Speakers

- **Uzra Zeya**, Under Secretary of State for Civilian Security, Democracy, and Human Rights (United States)
- **Vladimir Voronkov**, Under-Secretary-General of the United Nations Office of Counter-Terrorism
- **Naheed Nenshi**, Mayor of Calgary (Canada)
- **Bill Peduto**, Mayor of Pittsburgh (United States)
- **Andy Burnham**, Mayor of Greater Manchester (United Kingdom)

## Summary

More than 120 participants from 38 countries joined the event, which brought together mayors and other local leaders with representatives of national governments, the United Nations and other multilateral bodies.

The discussion focused on three questions:

1. **Why cities matter.** Local governments deliver the services (schools, social care, youth work, public space) on which prevention depends, and they are often the first to respond when violence occurs.
2. **What cities need.** Participants pointed to sustainable funding, access to information and a clearer role in national prevention strategies.
3. **How the international community can help.** The discussion explored how multilateral bodies can include cities in their work, and how national governments can support local action without constraining it.

The SCN presented two papers during the event: [ten actions cities can take to prevent and counter violent extremism](/en/resources/ten-actions-cities-can-take) and the [updated SCN fact sheet](/en/resources/scn-fact-sheet-2021).

> Prevention is most effective when it is local, and when local action is supported rather than replaced by national and international efforts.

See also our [September update](/en/news/september-update-2021) for the other highlights of the month.`,
    tags: ["UN General Assembly", "Mayors", "Prevention", "Local-national cooperation"],
    publishedAt: "2021-10-12T10:00:00.000Z",
    hero: {
      imageKey: "unga-side-event",
      alt: "Illustration: delegates seated in a large assembly hall at night",
      caption:
        "More than 120 participants from 38 countries joined the side event on 30 September 2021.",
    },
    videoUrl: "https://www.youtube.com/watch?v=2Vv-BfVoq4g",
    event: {
      startsAt: "2021-09-30T14:00:00.000Z",
      endsAt: "2021-09-30T15:30:00.000Z",
      timeZone: "America/New_York",
      location: "Online",
      attendanceMode: "online",
    },
  },
  {
    type: "resource",
    slug: "ten-actions-cities-can-take",
    title: "Ten actions cities can take to prevent and counter violent extremism",
    summary:
      "A short paper setting out ten practical actions that cities of any size can take as part of a whole-of-society approach to prevention.",
    body: `Violent extremism is experienced locally, and cities are often the first to see its signs. This paper highlights **ten actions** that cities can take to prevent and counter violent extremism.

It aims to raise awareness among multilateral bodies, national governments and even cities that may not fully appreciate the range of contributions they can make in a "whole-of-society" approach to preventing and countering violent extremism.

## The ten actions

1. Build a local prevention network.
2. Adopt a local prevention strategy or action plan.
3. Invest in social cohesion and inclusive public services.
4. Engage young people as partners, not only as an audience.
5. Equip frontline practitioners with training and clear referral pathways.
6. Work with communities, civil society and faith leaders.
7. Respond to online harms with local voices.
8. Cooperate with national government.
9. Support rehabilitation and reintegration.
10. Learn, measure and share with other cities.

## How to use this paper

The actions are not a checklist that every city must complete. They are a starting point for a conversation within the municipality, with partners and with national authorities. Smaller cities may choose to focus on two or three actions; larger cities may already have work under way on all ten.

> Every city can do something. The question is where to start, and with whom.

The paper was first presented at the [UN General Assembly side event](/en/events/un-general-assembly-2021-virtual-side-event) on 30 September 2021. For step-by-step guidance, see the [local prevention toolkit](/en/resources/local-prevention-toolkit).`,
    tags: ["Prevention", "Resources", "Social cohesion", "Local-national cooperation"],
    publishedAt: "2021-09-30T12:00:00.000Z",
    hero: {
      imageKey: "ten-actions",
      alt: "Illustration: a stack of documents on a green background",
      caption:
        "The paper was presented to mayors, national governments and multilateral bodies in September 2021.",
    },
    attachments: [{ documentKey: "ten-actions", title: "Ten actions cities can take (PDF)" }],
    isFeatured: true,
  },
  {
    type: "resource",
    slug: "scn-fact-sheet-2021",
    title: "SCN fact sheet (updated 2021)",
    summary:
      "The network's mission, goals and structure on two pages, including the new regional hub model and the revitalised Steering Committee.",
    body: `This updated fact sheet describes the mission, goals and structure of the Strong Cities Network. It reflects two important changes agreed in 2021: the **new regional hub model** and a **revitalised, stronger Steering Committee**.

## Mission

The Strong Cities Network is a global network of mayors, municipal policy makers and practitioners united in building social cohesion and community resilience to counter violent extremism in all its forms.

## Goals

- Help cities develop and carry out local prevention strategies.
- Strengthen cooperation between local and national governments.
- Encourage learning through city-to-city exchange.
- Make the voice of cities heard in international forums.

## Structure

- The [International Steering Committee](/en/international-steering-committee) provides strategic direction and keeps the network member-led and member-guided.
- **Regional hubs** bring support closer to members and channel regional priorities to the Steering Committee.
- A small **management unit** supports the Committee and the hubs and coordinates global activities.

## Who should read it

The fact sheet is written for mayors and officials considering membership, for national governments and donors, and for journalists. Member cities are welcome to translate it and to use it in their own communications.

Find out more [about the network](/en/about), or read how the Steering Committee was [revitalised in September 2021](/en/events/revitalising-the-international-steering-committee).`,
    tags: ["Resources", "Steering Committee", "Regional hubs"],
    publishedAt: "2021-09-30T12:30:00.000Z",
    hero: {
      imageKey: "fact-sheet",
      alt: "Illustration: a single printed page with headings and bullet points",
      caption: "The 2021 fact sheet introduces the regional hub model.",
    },
    attachments: [{ documentKey: "fact-sheet", title: "SCN fact sheet, 2021 edition (PDF)" }],
    isFeatured: true,
  },

  // ---------------------------------------------------------------- Past news, 2020-2025
  {
    type: "news",
    slug: "cities-respond-to-online-hate-during-the-pandemic",
    title: "Cities respond to online hate during the pandemic",
    summary:
      "As lockdowns moved daily life online, member cities reported a rise in hate and conspiracy theories. Here is how some of them responded.",
    body: `The COVID-19 pandemic has moved much of daily life online, and with it the work of those who spread hate. Over the past two months, member cities have told the network about a rise in conspiracy theories, harassment of minorities and threats against local health workers and officials.

## What cities are seeing

In an informal survey of focal points, cities reported:

- false claims blaming particular communities for the spread of the virus;
- coordinated harassment of local officials on social media;
- extremist groups using anxiety about the pandemic to recruit young people who spend more time online.

## What cities are doing

Responses vary, but several patterns stand out. Some cities have **trained library and youth staff** to help residents check information. Others have set up a single point of contact for officials who are targeted online. A number of cities have worked with local faith and community leaders to share reliable health information in several languages.

> The online world does not stop at the city limits, but neither does the city's responsibility to its residents.

## Next steps

The network will host a [webinar on cities and online harms](/en/events/webinar-cities-and-online-harms) in November, where cities can compare notes. We are also collecting examples for a short briefing for city leaders, to be published once the evidence is clearer.

Member cities that would like to share their experience can contact the management unit.`,
    tags: ["Online harms", "Social cohesion", "Prevention"],
    publishedAt: "2020-05-12T08:30:00.000Z",
    hero: {
      imageKey: "city-exchange",
      alt: "Illustration: a bridge linking two parts of a harbour city",
      caption: "Member cities have been sharing their responses to online hate during lockdown.",
    },
  },
  {
    type: "news",
    slug: "east-and-southern-africa-hub-launched",
    title: "East and Southern Africa regional hub launched",
    summary:
      "The first of the network's new regional hubs opened with a meeting of cities from eight countries, who agreed a work plan for 2022.",
    body: `The Strong Cities Network has launched its first regional hub, covering East and Southern Africa. The hub is the first step in the **regional hub model** presented in the [updated fact sheet](/en/resources/scn-fact-sheet-2021) and endorsed by the [International Steering Committee](/en/international-steering-committee).

## Why a regional hub?

Member cities have asked for support that is closer to them, in their languages and adapted to their context. Global events remain important, but many of the most useful exchanges happen between cities that share similar challenges.

## The launch meeting

Representatives of cities from eight countries took part in the launch meeting. They identified three priorities for the hub's first year:

1. **Young people and employment**, recognising that a lack of opportunities can make young people vulnerable to recruitment by violent groups;
2. **Local-national cooperation**, including clearer referral arrangements between municipalities and national agencies;
3. **Peer learning**, through short study visits between member cities.

![Illustration: a map of Africa with connected points marking cities](demo-image:regional-hub-africa "Cities from eight countries took part in the launch of the East and Southern Africa hub.")

## What comes next

The hub will hold its first in-person workshop later this year and will adapt the paper on [ten actions cities can take](/en/resources/ten-actions-cities-can-take) for the region. Further hubs for Europe, the Middle East and North Africa, South Asia and Latin America will follow.`,
    tags: ["Regional hubs", "Africa", "Youth", "Local-national cooperation"],
    publishedAt: "2022-03-15T09:00:00.000Z",
    hero: {
      imageKey: "regional-hub-africa",
      alt: "Illustration: a map of Africa with connected points in warm evening colours",
      caption: "The East and Southern Africa hub is the first of the network's regional hubs.",
    },
  },
  {
    type: "news",
    slug: "latin-america-and-caribbean-hub-first-meeting",
    title: "Latin America and the Caribbean hub holds its first meeting",
    summary:
      "Cities from across Latin America and the Caribbean met for the first time as a regional hub, with a focus on youth, violence prevention and social cohesion.",
    body: `The Strong Cities Network's Latin America and the Caribbean hub held its first meeting this week, bringing together municipal officials from eleven cities, working in Spanish, Portuguese and English.

## A regional agenda

Cities in the region face violence in many forms, from organised crime to political and identity-based violence. Participants stressed that prevention of violent extremism cannot be separated from wider work on **violence prevention**, **youth** and **social cohesion**.

The meeting agreed a short regional agenda:

- *Youth participation*: involve youth organisations in the hub's activities from the start;
- *Public space*: share practice on safe, inclusive public spaces;
- *Online harms*: monitor how polarisation online affects local communities, especially during elections.

## Learning from other hubs

Officials from the [East and Southern Africa hub](/en/news/east-and-southern-africa-hub-launched) joined the meeting to share lessons from their first year, including the value of short, practical study visits over long conferences.

> Cities in the region have a long tradition of participatory government. The hub wants to build on it, not replace it.

The hub will meet again online in the autumn. Its priorities will feed into the [International Steering Committee](/en/international-steering-committee), where the region is represented.`,
    tags: ["Regional hubs", "Latin America", "Youth", "Social cohesion"],
    publishedAt: "2023-04-05T14:00:00.000Z",
    hero: {
      imageKey: "regional-hub-americas",
      alt: "Illustration: a map of the Americas with connected points on a green background",
      caption: "Officials from eleven cities took part in the hub's first meeting.",
    },
  },
  {
    type: "news",
    slug: "youth-forum-2023-recommendations",
    title: "Young people set the agenda at the first SCN Youth Forum",
    summary:
      "Sixty young leaders from member cities presented recommendations to mayors on youth participation, online harms and access to opportunities.",
    body: `The first Strong Cities Network Youth Forum brought together sixty young leaders, aged 18 to 30, from member cities in every region. Over two days they worked in small groups and then presented their recommendations to a panel of mayors and deputy mayors.

## The recommendations

The participants' recommendations fall into three groups.

### Participation

- Create or strengthen **youth councils** with a real budget and a clear mandate.
- Involve young people in evaluating prevention programmes, not only in designing them.

### Online harms

- Support peer-led digital literacy in schools and youth centres.
- Protect young activists and content creators who are harassed online for challenging hate.

### Opportunities

- Link prevention work to apprenticeships, mentoring and access to sport and culture.
- Keep youth centres open in the evenings and at weekends, when young people need them most.

> Do not design programmes *for* us. Design them *with* us.
>
> -- Shared conclusion of the forum's working groups

## What happens next

Mayors on the panel agreed to report back at the next forum on the steps their cities have taken. The [International Steering Committee](/en/international-steering-committee) will consider how to give young people a permanent voice in the network's governance.

Cities looking for a place to start can use the [local prevention toolkit](/en/resources/local-prevention-toolkit) and the paper on [ten actions cities can take](/en/resources/ten-actions-cities-can-take).`,
    tags: ["Youth", "Mayors", "Online harms", "Social cohesion"],
    publishedAt: "2023-11-08T10:00:00.000Z",
    hero: {
      imageKey: "youth-forum",
      alt: "Illustration: a speaker's podium in front of a warm sunset sky",
      caption: "Sixty young leaders presented their recommendations to mayors.",
    },
  },
  {
    type: "news",
    slug: "mayors-at-the-un-general-assembly-2024",
    title: "Mayors bring local perspectives to the 2024 UN General Assembly",
    summary:
      "For the fourth year running, the network took the voice of cities to New York, with a focus on cooperation between local and national governments.",
    body: `For the fourth year running, the Strong Cities Network organised a side event on the margins of the UN General Assembly. The tradition began with the [2021 virtual side event](/en/events/un-general-assembly-2021-virtual-side-event), and has since grown into an annual meeting point for mayors, national governments and multilateral bodies.

## Local-national cooperation in focus

This year's event focused on how local and national governments can work together more effectively. Mayors and senior officials from nine member cities joined representatives of national ministries and UN entities.

Several themes came up repeatedly:

- **Clarity of roles.** Cities want to know who is responsible for what, particularly when a concern about an individual is raised.
- **Information sharing.** Municipal practitioners often lack the information they need to act, while national agencies may lack local knowledge.
- **Funding.** Short project grants make it hard to retain experienced staff.

## A guide for practitioners

The discussion drew on the network's [guide to local-national cooperation](/en/resources/guide-to-local-national-cooperation), which sets out four principles and a self-assessment that cities and ministries can complete together.

> The most effective partnerships are those in which both sides can say what they need and what they can offer.

The network will continue to follow up with participating governments and will report on progress at the [2027 Global Summit](/en/events/global-summit-2027).`,
    tags: ["UN General Assembly", "Mayors", "Local-national cooperation"],
    publishedAt: "2024-09-30T16:00:00.000Z",
    hero: {
      imageKey: "mayors-summit",
      alt: "Illustration: a podium with a microphone under a bright blue sky",
      caption: "Mayors and officials from nine member cities took part in this year's side event.",
    },
  },
  {
    type: "news",
    slug: "registration-opens-for-the-2027-global-summit",
    title: "Registration opens for the 2027 Global Summit",
    summary:
      "Member cities can now register for the network's Global Summit in May 2027, which will focus on young people, online harms and local-national cooperation.",
    body: `Registration is now open for the Strong Cities Network [Global Summit](/en/events/global-summit-2027), to be held from 18 to 20 May 2027. The summit will take place in person, with the main sessions streamed online for members who cannot travel.

## Themes

The programme was agreed by the [International Steering Committee](/en/international-steering-committee) and reflects priorities raised by the regional hubs:

1. **Young people as partners in prevention**, following the recommendations of the [Youth Forum](/en/news/youth-forum-2023-recommendations);
2. **Online harms and their local effects**, including threats against local officials;
3. **Local-national cooperation**, building on the network's [practical guide](/en/resources/guide-to-local-national-cooperation).

## Who can attend

Each member city may register up to **three participants**, including at least one elected official. A limited number of places are reserved for national governments, multilateral bodies, researchers and civil society organisations.

## Support for travel

A travel fund is available for participants from cities with limited resources. Priority will be given to cities that have not attended a global event before. Applications close on *31 January 2027*.

## Regional preparation

Each regional hub will hold a preparatory meeting before the summit, including the [South Asia workshop](/en/events/south-asia-regional-hub-workshop-2027) in January and the [MENA hub meeting](/en/events/mena-regional-hub-meeting-2027) in February.`,
    tags: ["Mayors", "Regional hubs", "Youth", "Online harms"],
    publishedAt: "2026-10-01T08:00:00.000Z",
    hero: {
      imageKey: "mayors-summit",
      alt: "Illustration: a podium with a microphone under a bright blue sky",
      caption: "The Global Summit will take place from 18 to 20 May 2027.",
    },
  },

  // ---------------------------------------------------------------- Resources
  {
    type: "resource",
    slug: "local-prevention-toolkit",
    title: "Local prevention toolkit: from strategy to practice",
    summary:
      "Four practical modules that take local practitioners from an initial assessment to a monitored prevention programme.",
    body: `This toolkit turns the network's [ten actions for cities](/en/resources/ten-actions-cities-can-take) into step-by-step guidance for the people who do the work: municipal officials, social workers, teachers and youth workers.

## What is in the toolkit

The toolkit is organised in four modules that follow the life of a local prevention programme:

1. **Understanding the local context**: carrying out a rapid assessment without stigmatising particular communities;
2. **Designing a local action plan**: templates for objectives, roles and budgets;
3. **Multi-agency case management**: referral pathways, consent, safeguarding and information sharing;
4. **Monitoring and learning**: a small set of indicators and a sample survey.

Each module ends with a checklist, and the annexes include examples from cities of different sizes.

## How it was developed

The toolkit was drafted with practitioners from member cities in every region and tested in workshops organised by the regional hubs. Their feedback led to a shorter, more practical document, with fewer definitions and more examples.

> We wanted a toolkit that a new staff member could pick up on their first day.

## Adapting it

The toolkit is meant to be adapted. Cities are encouraged to translate it, replace the examples with their own and share their adapted versions with the network. For the role of national authorities, see also the [guide to local-national cooperation](/en/resources/guide-to-local-national-cooperation).`,
    tags: ["Prevention", "Resources", "Social cohesion"],
    publishedAt: "2022-11-22T09:00:00.000Z",
    hero: {
      imageKey: "prevention-toolkit",
      alt: "Illustration: an open binder of documents beside a harbour",
      caption: "The toolkit was tested in workshops organised by the regional hubs.",
    },
    attachments: [{ documentKey: "prevention-toolkit", title: "Local prevention toolkit (PDF)" }],
  },
  {
    type: "resource",
    slug: "guide-to-local-national-cooperation",
    title: "Working together: a guide to local-national cooperation in prevention",
    summary:
      "Four principles and a joint self-assessment to help cities and national ministries work together on prevention.",
    body: `Prevention works best when local and national governments pull in the same direction. Yet in many countries the division of labour between them is unclear, information flows in only one direction and funding is short-term.

This guide draws on consultations with more than forty member cities and a dozen national ministries.

## Four principles

1. **Clarity of roles.** National governments set the legal and policy framework; cities design and deliver services close to residents. Write the division of labour down.
2. **Two-way information.** Share what can lawfully be shared, in both directions, and agree in advance how sensitive information is handled.
3. **Predictable funding.** Multi-year funding lets cities keep experienced staff and build trust with communities.
4. **A voice for cities.** Involve mayors and practitioners when national strategies are drafted and reviewed.

## The self-assessment

The guide closes with a short self-assessment that a city and the relevant ministry can complete **together**. It asks both sides to rate their current arrangements and to agree three improvements for the coming year.

> The self-assessment is most useful when it is uncomfortable. Differences in the answers are where the conversation starts.

## Background

The guide follows discussions at the [UN General Assembly side event in 2021](/en/events/un-general-assembly-2021-virtual-side-event), where local-national cooperation emerged as one of the main concerns of mayors, and it was presented again at the [2024 General Assembly](/en/news/mayors-at-the-un-general-assembly-2024).`,
    tags: ["Local-national cooperation", "Resources", "Prevention"],
    publishedAt: "2023-06-14T09:00:00.000Z",
    hero: {
      imageKey: "city-exchange",
      alt: "Illustration: a bridge linking two parts of a harbour city",
      caption:
        "The guide draws on consultations with more than forty cities and a dozen ministries.",
    },
    attachments: [
      { documentKey: "local-national-guide", title: "Guide to local-national cooperation (PDF)" },
    ],
  },
  {
    type: "resource",
    slug: "online-harms-briefing-for-city-leaders",
    title: "Online harms: a briefing for city leaders",
    summary:
      "What mayors and senior officials can do, and what they should avoid, when hate and disinformation online affect their communities.",
    body: `Hate speech, disinformation and extremist propaganda travel online, but their consequences are local: harassment of residents, tension between communities, and threats against local officials and their staff.

This briefing is written for mayors and senior officials. It builds on what member cities reported [during the pandemic](/en/news/cities-respond-to-online-hate-during-the-pandemic) and on the discussion at our [webinar on cities and online harms](/en/events/webinar-cities-and-online-harms).

## What cities can do

Cities do not regulate online platforms, but they have more influence than they often assume. They can:

- build **digital literacy** through schools, libraries and youth centres;
- support local voices that offer credible alternatives to hateful narratives;
- protect elected officials and staff who are targeted, with clear procedures and psychological support;
- connect victims of online hate with local support services.

## What cities should avoid

Responses that single out particular communities, or that rely only on asking platforms to remove content, can deepen mistrust. *Prevention online starts offline*, in relationships of trust with communities.

## Working with others

Partnerships with national authorities, researchers and civil society help cities understand trends and respond quickly during a crisis, for example after an attack or during an election campaign.`,
    tags: ["Online harms", "Resources", "Mayors"],
    publishedAt: "2024-04-17T09:00:00.000Z",
    hero: {
      imageKey: "webinar",
      alt: "Illustration: a city skyline at night with lit windows",
      caption: "The briefing draws on experience from member cities in every region.",
    },
    attachments: [{ documentKey: "online-harms-briefing", title: "Online harms briefing (PDF)" }],
  },
  {
    type: "resource",
    slug: "annual-report-2025",
    title: "Annual report 2025",
    summary:
      "A year of consolidation: membership grew to 232 cities, every regional hub met at least twice, and preparations began for the 2027 Global Summit.",
    body: `2025 was a year of consolidation for the Strong Cities Network. Membership grew to **232 cities**, every regional hub held at least two meetings, and the [International Steering Committee](/en/international-steering-committee) agreed the priorities for the [2027 Global Summit](/en/events/global-summit-2027).

## The year in numbers

| Region | Member cities | New members in 2025 | Hub activities |
| --- | ---: | ---: | ---: |
| Africa | 58 | 7 | 14 |
| Europe | 61 | 3 | 12 |
| Middle East and North Africa | 31 | 4 | 11 |
| South Asia | 27 | 5 | 9 |
| Latin America and the Caribbean | 34 | 4 | 10 |
| North America and Oceania | 21 | 1 | 5 |
| **Total** | **232** | **24** | **61** |

## Highlights

- Four new resources published in six languages, including an updated [local prevention toolkit](/en/resources/local-prevention-toolkit).
- Nineteen city-to-city exchanges, most of them between cities in the same region.
- A second edition of the Youth Forum, following the [first forum in 2023](/en/news/youth-forum-2023-recommendations).

![Illustration: a map of Europe with connected points on a blue sky](demo-image:regional-hub-europe "The Europe hub held twelve activities in 2025, including its annual meeting in Vienna.")

## Looking ahead

In 2026 the network will expand support for smaller cities, renew its training offer for frontline practitioners and prepare the Global Summit.

> Our membership is our strength. Every new city brings experience that others can learn from.

The full report, including financial information, is available as a PDF.`,
    tags: ["Resources", "Regional hubs", "Steering Committee"],
    publishedAt: "2026-03-10T09:00:00.000Z",
    hero: {
      imageKey: "annual-report",
      alt: "Illustration: a bound report on a desk under a bright sky",
      caption: "The network counted 232 member cities at the end of 2025.",
    },
    attachments: [{ documentKey: "annual-report-2025", title: "Annual report 2025 (PDF)" }],
  },

  // ---------------------------------------------------------------- Other events
  {
    type: "event",
    slug: "webinar-cities-and-online-harms",
    title: "Webinar: cities, the pandemic and online harms",
    summary:
      "An online exchange between member cities on responding to hate, disinformation and threats against local officials during the pandemic.",
    body: `This webinar gave member cities the opportunity to compare how they have responded to the rise in online hate and disinformation during the COVID-19 pandemic, which [many cities reported](/en/news/cities-respond-to-online-hate-during-the-pandemic) in the spring.

## Programme

| Time (London) | Session |
| --- | --- |
| 15:00 | Welcome and introduction |
| 15:10 | What cities are seeing: short presentations from three member cities |
| 15:40 | Protecting local officials who are targeted online |
| 16:05 | Open discussion |
| 16:25 | Next steps |

## Key points from the discussion

- **Trends differ by city**, but conspiracy theories linked to the pandemic were reported almost everywhere.
- **Officials need support.** Several cities described staff who had received threats after sharing public health information.
- **Local messengers matter.** Information from trusted community figures was more effective than official campaigns alone.

> Participants agreed that the network should collect practical examples and turn them into a short briefing for city leaders.

The resulting [briefing on online harms](/en/resources/online-harms-briefing-for-city-leaders) was published in 2024.

The webinar was held under the Chatham House Rule, so no recording is available.`,
    tags: ["Online harms", "Social cohesion", "Europe"],
    publishedAt: "2020-10-28T09:00:00.000Z",
    hero: {
      imageKey: "webinar",
      alt: "Illustration: a city skyline at night with lit windows",
      caption: "Member cities compared their responses to online hate during the pandemic.",
    },
    event: {
      startsAt: "2020-11-18T15:00:00.000Z",
      endsAt: "2020-11-18T16:30:00.000Z",
      timeZone: "Europe/London",
      location: "Online",
      attendanceMode: "online",
    },
  },
  {
    type: "event",
    slug: "europe-regional-hub-annual-meeting-2024",
    title: "Europe regional hub: annual meeting 2024",
    summary:
      "Member cities from across Europe met in Vienna to discuss polarisation, threats against local officials and support for young people.",
    body: `The Europe regional hub held its annual meeting in Vienna, bringing together around fifty participants from member cities in eighteen countries.

## Themes

The programme was shaped by a survey of member cities in the region. Three themes came out on top:

1. **Polarisation** around migration, conflicts abroad and elections;
2. **Threats against local officials**, both online and in person;
3. **Support for young people**, including those drawn into online subcultures that glorify violence.

## Format

The meeting combined short presentations with practical workshops. Participants used the [local prevention toolkit](/en/resources/local-prevention-toolkit) to work through a case study, and a session on online threats drew on the network's [briefing for city leaders](/en/resources/online-harms-briefing-for-city-leaders).

![Illustration: a map of Europe with connected points on a blue sky](demo-image:regional-hub-europe "Participants came from member cities in eighteen European countries.")

## Outcomes

- Cities agreed to set up a small peer group on the protection of local officials.
- Three city-to-city exchanges were planned for 2025.
- The hub will put forward young people's participation as a theme for the [2027 Global Summit](/en/events/global-summit-2027).

The meeting was held in person only. A short report has been shared with member cities.`,
    tags: ["Regional hubs", "Europe", "Online harms", "Youth"],
    publishedAt: "2024-09-02T09:00:00.000Z",
    hero: {
      imageKey: "regional-hub-europe",
      alt: "Illustration: a map of Europe with connected points on a blue sky",
      caption: "Around fifty participants from eighteen countries attended the meeting.",
    },
    event: {
      startsAt: "2024-10-15T07:30:00.000Z",
      endsAt: "2024-10-15T15:00:00.000Z",
      timeZone: "Europe/Vienna",
      location: "Vienna, Austria",
      attendanceMode: "offline",
    },
  },
  {
    type: "event",
    slug: "webinar-youth-led-prevention",
    title: "Webinar: youth-led prevention in practice",
    summary:
      "Young practitioners from three regions present projects they lead, and discuss with city officials how municipalities can support them.",
    body: `Following the recommendations of the [first SCN Youth Forum](/en/news/youth-forum-2023-recommendations), this webinar puts young practitioners in the lead. Three youth-led projects, from three different regions, will present their work and discuss with city officials how municipalities can support them without taking them over.

## Who should attend

- Municipal officials responsible for youth, education or prevention;
- Youth workers and youth organisations;
- Members of youth councils in member cities.

## Programme

1. **Welcome** from the network's management unit.
2. **Three projects, ten minutes each**: a peer-led digital literacy programme, a sports and mentoring scheme and a youth council that reviews municipal prevention plans.
3. **Panel discussion** with city officials: what works, what gets in the way, and how to fund youth-led work sustainably.
4. **Questions from participants.**

## Practical information

The webinar will be held in English, with live interpretation into French and Spanish. It will be recorded, and the recording will be shared with participants afterwards.

> Young people are not only at risk; they are also among the most effective people working on prevention.

The discussion will feed into the youth track of the [2027 Global Summit](/en/events/global-summit-2027).`,
    tags: ["Youth", "Prevention", "Social cohesion"],
    publishedAt: "2026-11-02T09:00:00.000Z",
    hero: {
      imageKey: "youth-forum",
      alt: "Illustration: a speaker's podium in front of a warm sunset sky",
      caption: "Three youth-led projects will present their work.",
    },
    event: {
      startsAt: "2026-12-10T13:00:00.000Z",
      endsAt: "2026-12-10T14:30:00.000Z",
      timeZone: "Europe/London",
      location: "Online",
      attendanceMode: "online",
    },
  },
  {
    type: "event",
    slug: "south-asia-regional-hub-workshop-2027",
    title: "South Asia regional hub workshop: preparing for the Global Summit",
    summary:
      "Member cities from South Asia meet in Dhaka, and online, to agree the region's contribution to the 2027 Global Summit.",
    body: `The South Asia regional hub will hold a one-day workshop in Dhaka to prepare the region's contribution to the [2027 Global Summit](/en/events/global-summit-2027). Participants can also join online.

## Objectives

- Agree two or three messages from South Asian cities for the summit;
- Share practice on **social cohesion** in fast-growing cities, where new arrivals and established communities live side by side;
- Discuss how cities can respond to **online harms** during elections and religious festivals;
- Identify cities interested in hosting city-to-city exchanges in 2027.

## Format

The morning will be devoted to short presentations from member cities, followed by a discussion with representatives of national authorities on [local-national cooperation](/en/resources/guide-to-local-national-cooperation). In the afternoon, participants will work in small groups to draft the region's messages.

## Participation

The workshop is open to focal points and officials of member cities in the region. Interpretation will be available in English and Bengali, and online participants will be able to take part in the group work.

> Registration for online participation closes one week before the workshop.

For the wider programme of regional preparation, see [the announcement of the Global Summit](/en/news/registration-opens-for-the-2027-global-summit).`,
    tags: ["Regional hubs", "South Asia", "Social cohesion", "Online harms"],
    publishedAt: "2026-11-16T09:00:00.000Z",
    hero: {
      imageKey: "regional-hub-asia",
      alt: "Illustration: a map of Asia with connected points against a night sky",
      caption: "The workshop will prepare the region's contribution to the Global Summit.",
    },
    event: {
      startsAt: "2027-01-20T03:30:00.000Z",
      endsAt: "2027-01-20T10:30:00.000Z",
      timeZone: "Asia/Dhaka",
      location: "Dhaka, Bangladesh, and online",
      attendanceMode: "mixed",
    },
  },
  {
    type: "event",
    slug: "mena-regional-hub-meeting-2027",
    title: "Middle East and North Africa regional hub meeting",
    summary:
      "Cities from the Middle East and North Africa meet in Amman to share practice on reintegration, youth and local-national cooperation.",
    body: `The Middle East and North Africa (MENA) regional hub will meet in Amman to share practice between member cities and to prepare the region's contribution to the [2027 Global Summit](/en/events/global-summit-2027).

## Themes

Member cities in the region have asked for a focus on three themes:

1. **Rehabilitation and reintegration**, including support for returning families and the role of municipal services such as housing, schools and health care;
2. **Young people**, and in particular access to employment, culture and sport;
3. **Local-national cooperation**, building on the network's [practical guide](/en/resources/guide-to-local-national-cooperation).

## Programme outline

- *Morning*: opening session with mayors and representatives of national authorities, followed by presentations from member cities.
- *Afternoon*: working groups on each theme, and a closing session to agree the region's messages for the Global Summit.

## Participation

The meeting is open to focal points and officials of member cities in the region, with interpretation between Arabic, English and French. It will be held in person only, to allow open discussion; a summary will be published afterwards.

> Cities in the region bring experience that is rarely heard in international discussions. The hub wants to change that.

Read more about the network's [regional hub model](/en/resources/scn-fact-sheet-2021).`,
    tags: ["Regional hubs", "MENA", "Youth", "Local-national cooperation"],
    publishedAt: "2026-11-20T09:00:00.000Z",
    hero: {
      imageKey: "regional-hub-mena",
      alt: "Illustration: a map of the Middle East and North Africa with connected points in stone colours",
      caption:
        "The MENA hub meeting will be held with interpretation in Arabic, English and French.",
    },
    event: {
      startsAt: "2027-02-09T07:00:00.000Z",
      endsAt: "2027-02-09T13:00:00.000Z",
      timeZone: "Asia/Amman",
      location: "Amman, Jordan",
      attendanceMode: "offline",
    },
  },
  {
    type: "event",
    slug: "global-summit-2027",
    title: "Strong Cities Network Global Summit 2027",
    summary:
      "Three days of discussion and exchange between mayors, practitioners, national governments and multilateral partners, in Lisbon and online.",
    body: `The Strong Cities Network Global Summit brings together mayors, municipal practitioners, young leaders, national governments and multilateral partners from every region of the network. [Registration is now open](/en/news/registration-opens-for-the-2027-global-summit).

## Programme at a glance

| Day | Focus |
| --- | --- |
| Tuesday 18 May | Opening plenary; regional hub sessions |
| Wednesday 19 May | Thematic tracks: young people, online harms, local-national cooperation |
| Thursday 20 May | City-to-city exchanges; meeting of the International Steering Committee; closing plenary |

## Thematic tracks

- **Young people as partners in prevention**, with contributions from the [youth-led prevention webinar](/en/events/webinar-youth-led-prevention);
- **Online harms and their local effects**, drawing on the [briefing for city leaders](/en/resources/online-harms-briefing-for-city-leaders);
- **Local-national cooperation**, including a joint session for cities and national ministries.

![Illustration: a bridge linking two parts of a harbour city](demo-image:city-exchange "City-to-city exchanges will take place on the final day of the summit.")

## Regional preparation

Each regional hub will prepare its contribution beforehand, including at the [South Asia workshop](/en/events/south-asia-regional-hub-workshop-2027) and the [MENA hub meeting](/en/events/mena-regional-hub-meeting-2027).

## Practical information

Plenary sessions will be streamed online and interpreted into Arabic, French and Spanish. A travel fund is available for participants from cities with limited resources.`,
    tags: ["Mayors", "Regional hubs", "Youth", "Online harms", "Local-national cooperation"],
    publishedAt: "2026-10-01T08:30:00.000Z",
    hero: {
      imageKey: "mayors-summit",
      alt: "Illustration: a podium with a microphone under a bright blue sky",
      caption: "The Global Summit brings together member cities from every region.",
    },
    event: {
      startsAt: "2027-05-18T08:00:00.000Z",
      endsAt: "2027-05-20T16:30:00.000Z",
      timeZone: "Europe/Lisbon",
      location: "Lisbon, Portugal, and online",
      attendanceMode: "mixed",
    },
    isFeatured: true,
  },

  // ---------------------------------------------------------------- Pages
  {
    type: "page",
    slug: "about",
    title: "About the Strong Cities Network",
    summary:
      "The Strong Cities Network is a global network of cities working to build social cohesion and resilience against hate, polarisation and violent extremism.",
    body: `The Strong Cities Network (SCN) is a global network of mayors, municipal policy makers and practitioners united in building social cohesion and community resilience to counter violent extremism in all its forms.

## Why cities?

Violent extremism is experienced locally. Cities run the schools, social services, youth centres and public spaces on which prevention depends, and they are often the first to respond when violence occurs. Yet their contribution is not always recognised by national governments and international bodies.

The network exists to support cities in this work and to make their voice heard.

## What we do

- **Connect** cities facing similar challenges, through regional hubs and city-to-city exchanges;
- **Equip** practitioners with practical resources, such as the [local prevention toolkit](/en/resources/local-prevention-toolkit) and [ten actions cities can take](/en/resources/ten-actions-cities-can-take);
- **Advocate** for the role of cities, for example at the [UN General Assembly](/en/events/un-general-assembly-2021-virtual-side-event);
- **Convene** mayors and partners at regional meetings and at the [Global Summit](/en/events/global-summit-2027).

![Illustration: a bridge linking two parts of a harbour city](demo-image:city-exchange "City-to-city exchange is at the heart of the network.")

## How we are organised

The network is led by its members through the [International Steering Committee](/en/international-steering-committee). Regional hubs in Africa, Europe, the Middle East and North Africa, South Asia and Latin America bring support closer to members. A small management unit supports the Committee and the hubs. See the [fact sheet](/en/resources/scn-fact-sheet-2021) for an overview.

## Joining the network

Membership is free and open to cities and other sub-national authorities that share the network's commitment to human rights and prevention. Each member nominates a focal point.`,
    tags: ["Mayors", "Regional hubs", "Prevention"],
    publishedAt: "2020-01-15T09:00:00.000Z",
  },
  {
    type: "page",
    slug: "international-steering-committee",
    title: "International Steering Committee",
    summary:
      "The International Steering Committee is the network's leadership and decision-making body: it sets strategic direction and keeps the network member-led.",
    body: `The International Steering Committee (ISC) is the leadership and decision-making body of the Strong Cities Network. It was [revitalised in September 2021](/en/events/revitalising-the-international-steering-committee) to make it stronger and more representative of the network's members.

## Role

The ISC:

- provides **strategic direction** to the network and approves its priorities;
- **promotes the mission** of the network, including in international forums;
- ensures that the network remains **member-led and member-guided**;
- oversees the work of the regional hubs and the management unit.

## Composition

The ISC is made up of up to twenty-five member cities, represented by their mayor or a senior elected official. Seats are distributed so that every region of the network is represented:

| Region | Seats |
| --- | ---: |
| Africa | 5 |
| Europe | 5 |
| Middle East and North Africa | 4 |
| South Asia | 4 |
| Latin America and the Caribbean | 4 |
| North America and Oceania | 3 |

## Rules

1. Members serve for **two years** and may be re-elected once.
2. Each regional hub proposes the cities for its seats; the ISC confirms them.
3. The ISC elects a chair and two vice-chairs from different regions, for one year.
4. It meets at least **twice a year**, once online and, where possible, once in person.
5. Decisions are taken by consensus. Where consensus cannot be reached, decisions require a two-thirds majority of members present, with a quorum of half the members.
6. The ISC may invite young leaders, partners and experts to its meetings as observers.

> The Committee belongs to the members: its agendas and summaries are shared with every member city.

Learn more [about the network](/en/about).`,
    tags: ["Steering Committee", "Mayors", "Regional hubs"],
    publishedAt: "2021-11-01T09:00:00.000Z",
  },
];

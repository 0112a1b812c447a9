import type { Catalog } from "../catalog.js";
import { EN_API } from "./en/api.js";
import { EN_CONTENT_ADMIN } from "./en/content-admin.js";
import { EN_MEDIA_ADMIN } from "./en/media-admin.js";

/**
 * The English interface strings; the reference catalog every other language
 * translates. Each entry carries a note for translators.
 */
export const EN = {
  "site.skipLink": {
    message: "Skip to main content",
    note: "First link on every page, for keyboard users",
  },
  "site.mainNav": { message: "Main", note: "Accessible name of the main navigation landmark" },
  "site.home": { message: "Home", note: "Link to the home page" },
  "site.tagline": {
    message: "A global network of cities working together",
    note: "Shown under the network's name in the footer",
  },
  "nav.news": { message: "News", note: "Main menu link to the news listing" },
  "nav.resources": { message: "Resources", note: "Main menu link to the resources listing" },
  "nav.events": { message: "Events", note: "Main menu link to the events listing" },
  "search.label": { message: "Search the site", note: "Label of the search box in the header" },
  "search.submit": { message: "Search", note: "Button that runs a search" },
  "search.title": { message: "Search", note: "Title of the search results page" },
  "search.empty": {
    message: "Type a few words to search news, resources and events.",
    note: "Shown on the search page when the query is empty",
  },
  "search.results": {
    message:
      "{count, plural, =0 {No results for “{query}”} one {# result for “{query}”} other {# results for “{query}”}}",
    note: "Heading above search results; query is what the reader typed",
  },
  "search.tooLong": {
    message: "Your search is too long. Please use fewer words.",
    note: "Shown when a search query exceeds the length limit",
  },
  "social.label": {
    message: "Follow the network",
    note: "Accessible name of the list of social links",
  },
  "social.facebook": { message: "Facebook", note: "Link to the network's Facebook page" },
  "social.linkedin": { message: "LinkedIn", note: "Link to the network's LinkedIn page" },
  "social.x": { message: "X (Twitter)", note: "Link to the network's X account" },
  "social.youtube": { message: "YouTube", note: "Link to the network's video channel" },
  "social.vimeo": { message: "Vimeo", note: "Link to the network's video channel" },
  "footer.copyright": { message: "© {year} {siteName}", note: "Footer copyright line" },
  "footer.feeds": { message: "Feeds", note: "Accessible name of the footer's feed links" },
  "footer.rss": { message: "RSS feed", note: "Link to the RSS feed" },
  "footer.atom": { message: "Atom feed", note: "Link to the Atom feed" },
  "footer.sitemap": { message: "Site map", note: "Link to sitemap.xml" },
  "type.news": { message: "News", note: "Content type shown on an article" },
  "type.resource": { message: "Resource", note: "Content type shown on a resource" },
  "type.event": { message: "Event", note: "Content type shown on an event" },
  "type.page": { message: "Page", note: "Content type of a plain page" },
  "listing.news": { message: "News", note: "Title of the news listing page" },
  "listing.resources": { message: "Resources", note: "Title of the resources listing page" },
  "listing.events": { message: "Events", note: "Title of the events listing page" },
  "listing.empty": { message: "Nothing here yet.", note: "Shown when a listing has no items" },
  "listing.filterByTag": { message: "Filter by tag", note: "Label of the tag filter on listings" },
  "listing.allTags": { message: "All tags", note: "Tag filter option that removes the filter" },
  "listing.apply": { message: "Apply", note: "Button that applies the tag filter" },
  "listing.taggedWith": {
    message: "Tagged “{tag}”",
    note: "Subtitle of a listing filtered by a tag",
  },
  "events.upcoming": { message: "Upcoming events", note: "Heading of the upcoming events list" },
  "events.past": { message: "Past events", note: "Heading of the past events list" },
  "home.title": { message: "Home", note: "Title of the home page" },
  "home.latestNews": { message: "Latest news", note: "Home page section heading" },
  "home.upcomingEvents": { message: "Upcoming events", note: "Home page section heading" },
  "home.featuredResources": { message: "Featured resources", note: "Home page section heading" },
  "home.allNews": { message: "All news", note: "Link from the home page to the news listing" },
  "home.allEvents": {
    message: "All events",
    note: "Link from the home page to the events listing",
  },
  "home.allResources": {
    message: "All resources",
    note: "Link from the home page to the resources listing",
  },
  "home.noUpcoming": {
    message: "No upcoming events right now.",
    note: "Shown when no event is planned",
  },
  "pagination.label": { message: "Pages", note: "Accessible name of the pagination navigation" },
  "pagination.previous": {
    message: "Previous page",
    note: "Link to the previous page of a listing",
  },
  "pagination.next": { message: "Next page", note: "Link to the next page of a listing" },
  "pagination.status": {
    message: "Page {page} of {pages}",
    note: "Where the reader is in a paginated listing",
  },
  "tag.title": { message: "Tag: {tag}", note: "Title of a tag page" },
  "tag.count": {
    message: "{count, plural, one {# item} other {# items}}",
    note: "How many items carry a tag",
  },
  "article.publishedOn": {
    message: "Date of publication",
    note: "Label before the publication date",
  },
  "article.updatedOn": { message: "Last updated", note: "Label before the last-updated date" },
  "article.contentType": { message: "Content type", note: "Label before the content type" },
  "article.tags": { message: "Tags", note: "Label before the list of tags" },
  "article.readingTime": {
    message: "{minutes, plural, one {# minute} other {# minutes}} reading time",
    note: "Estimated reading time of an article",
  },
  "article.heroCaption": {
    message: "Above: {caption}",
    note: "Caption under the main image of an article",
  },
  "article.related": {
    message: "Related",
    note: "Heading of related items at the end of an article",
  },
  "article.archived": {
    message: "This item is archived and may be out of date.",
    note: "Notice on archived items",
  },
  "share.label": { message: "Share", note: "Label before the share links" },
  "share.facebook": { message: "Share on Facebook", note: "Share link" },
  "share.linkedin": { message: "Share on LinkedIn", note: "Share link" },
  "share.x": { message: "Share on X", note: "Share link" },
  "share.email": {
    message: "Share by e-mail",
    note: "Share link opening the reader's mail program",
  },
  "share.copy": { message: "Copy link", note: "Copies the page address" },
  "share.copied": { message: "Link copied", note: "Confirmation after copying the page address" },
  "video.heading": { message: "Recording", note: "Heading above the embedded video recording" },
  "video.play": {
    message: "Play the recording: {title}",
    note: "Button that loads and plays the video",
  },
  "video.notice": {
    message: "The player loads from {platform} only when you press play; nothing is loaded before.",
    note: "Privacy notice under the video facade",
  },
  "video.watchOn": {
    message: "Watch on {platform}",
    note: "Plain link to the video on its platform",
  },
  "video.frameTitle": {
    message: "Video: {title}",
    note: "Accessible title of the video player frame",
  },
  "attachments.heading": { message: "Documents", note: "Heading of the list of attached files" },
  "attachments.meta": { message: "{type}, {size}", note: "File type and size, e.g. “PDF, 1.2 MB”" },
  "event.when": { message: "When", note: "Label before an event's date and time" },
  "event.where": { message: "Where", note: "Label before an event's place" },
  "event.format": { message: "Format", note: "Label before an event's format" },
  "event.mode.online": { message: "Virtual", note: "Event format: online only" },
  "event.mode.offline": { message: "In person", note: "Event format: in a physical place" },
  "event.mode.mixed": { message: "Hybrid", note: "Event format: in person and online" },
  "event.timeZoneNote": {
    message: "Times are given in {zone}.",
    note: "Tells in which time zone an event's times are shown",
  },
  "notFound.title": { message: "Page not found", note: "Title of the 404 page" },
  "notFound.body": {
    message: "We could not find this page. It may have moved, or the address may be mistyped.",
    note: "Explanation on the 404 page",
  },
  "notFound.home": { message: "Go to the home page", note: "Link on the 404 page" },
  "badRequest.title": { message: "Bad request", note: "Title of the 400 page" },
  "badRequest.body": {
    message: "Something in the address is not valid. Please check it and try again.",
    note: "Explanation on the 400 page",
  },
  "serverError.title": { message: "Something went wrong", note: "Title of the 500 page" },
  "serverError.body": {
    message: "An error occurred on our side. Please try again in a moment.",
    note: "Explanation on the 500 page",
  },
  "feed.title": {
    message: "{siteName} — news and resources",
    note: "Title of the RSS and Atom feeds",
  },
  "admin.title": { message: "Workspace", note: "Name of the editors' workspace" },
  "admin.nav": { message: "Workspace", note: "Accessible name of the workspace navigation" },
  "admin.dashboard": { message: "Dashboard", note: "Workspace menu: the overview page" },
  "admin.viewSite": { message: "View the site", note: "Workspace menu: link to the public site" },
  "admin.signedInAs": {
    message: "Signed in as {name} ({role})",
    note: "Who is signed in, and their role",
  },
  "admin.signOut": { message: "Sign out", note: "Button that ends the session" },
  "role.admin": { message: "administrator", note: "Role name" },
  "role.editor": { message: "editor", note: "Role name" },
  "role.reviewer": { message: "reviewer", note: "Role name" },
  "signIn.title": { message: "Sign in", note: "Title of the sign-in page" },
  "signIn.email": { message: "E-mail address", note: "Label of the sign-in e-mail field" },
  "signIn.password": { message: "Password", note: "Label of the sign-in password field" },
  "signIn.submit": { message: "Sign in", note: "Button of the sign-in form" },
  "signIn.invalid": {
    message: "The e-mail address or the password is not right.",
    note: "Sign-in failed; never says which of the two was wrong",
  },
  "signIn.throttled": {
    message:
      "Too many failed attempts. Please wait {seconds, plural, one {# second} other {# seconds}} and try again.",
    note: "Sign-in refused for a while after repeated failures",
  },
  "signIn.expired": {
    message: "The form had expired. Please try again.",
    note: "Sign-in form submitted without a valid CSRF token",
  },
  "dashboard.counts": { message: "Content by type", note: "Dashboard table heading" },
  "dashboard.drafts": { message: "Drafts", note: "Dashboard section: items not yet published" },
  "dashboard.scheduled": {
    message: "Scheduled",
    note: "Dashboard section: items to be published later",
  },
  "dashboard.recent": { message: "Recently published", note: "Dashboard section" },
  "dashboard.none": { message: "None.", note: "Shown in an empty dashboard section" },
  "dashboard.type": { message: "Type", note: "Dashboard table column" },
  "status.draft": { message: "Draft", note: "Item status" },
  "status.scheduled": { message: "Scheduled", note: "Item status" },
  "status.published": { message: "Published", note: "Item status" },
  "status.archived": { message: "Archived", note: "Item status" },
  "audit.title": { message: "Audit log", note: "Title of the page listing who changed what" },
  "audit.when": { message: "When", note: "Audit log column" },
  "audit.who": { message: "Who", note: "Audit log column" },
  "audit.what": { message: "What", note: "Audit log column" },
  "audit.system": {
    message: "the system",
    note: "Audit actor when no person did it (scheduled jobs)",
  },
  "forbidden.title": { message: "Not allowed", note: "Title of the 403 page" },
  "forbidden.body": {
    message: "Your role does not allow this. Ask an administrator if you need it.",
    note: "Explanation on the 403 page",
  },
  ...EN_CONTENT_ADMIN,
  ...EN_MEDIA_ADMIN,
  ...EN_API,
} as const satisfies Catalog;

/** A key of the interface catalogs. */
export type MessageKey = keyof typeof EN;

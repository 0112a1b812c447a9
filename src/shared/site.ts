// Progressive enhancements of the public pages. Every page works without this
// file; it only adds the video player on demand and the copy-link button.

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[0-9]{1,12}$/;

/** Replaces a video facade with the privacy-enhanced player, only once the reader asks for it. */
function enhanceVideos(root: ParentNode): void {
  for (const facade of root.querySelectorAll<HTMLElement>("[data-video-id]")) {
    const button = facade.querySelector<HTMLButtonElement>("button[data-video-play]");
    if (!button) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const src = playerUrl(facade.dataset.videoPlatform, facade.dataset.videoId);
      if (!src) return;
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.title = facade.dataset.videoTitle ?? "";
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.className = "video__frame";
      const stage = facade.querySelector(".video__stage");
      stage?.replaceChildren(frame);
      frame.focus();
    });
  }
}

function playerUrl(platform: string | undefined, id: string | undefined): string | undefined {
  if (platform === "youtube" && id && YOUTUBE_ID.test(id)) {
    return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
  }
  if (platform === "vimeo" && id && VIMEO_ID.test(id)) {
    return `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`;
  }
  return undefined;
}

/** Shows the copy-link buttons (they need the clipboard API) and announces success. */
function enhanceCopyLinks(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy-url]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const url = button.dataset.copyUrl ?? location.href;
      void navigator.clipboard.writeText(url).then(() => {
        const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
        if (status) status.textContent = button.dataset.copiedLabel ?? "";
      });
    });
  }
}

enhanceVideos(document);
enhanceCopyLinks(document);

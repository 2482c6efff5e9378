"""Work on the built site: the theme's CSS purged, each page's Content-Security-Policy and safe
outside links, the share cards, the search index."""

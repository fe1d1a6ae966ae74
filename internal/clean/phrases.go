package clean

// exact maps a whole line (lower-cased, decoration trimmed) to a junk reason.
var exact = map[string]string{}

func init() {
	add := func(reason string, phrases ...string) {
		for _, p := range phrases {
			exact[p] = reason
		}
	}
	add("advertisement", "advertisement", "advertisment", "advertising", "ad", "ads", "sponsored",
		"sponsored content", "paid content", "paid post", "promoted", "promoted content", "partner content",
		"supported by", "story continues below advertisement", "article continues below advertisement",
		"advertisement - scroll to continue", "scroll to continue", "scroll to continue with content",
		"continue reading", "continue reading the main story", "continue reading below", "story continues below",
		"article continues below", "content continues below", "skip advertisement", "remove ads",
		"ad feedback", "advertisement feature", "report this ad", "advertisement continue reading")
	add("related", "related", "related posts", "related articles", "related stories", "related content",
		"related news", "related topics", "related coverage", "related links", "read more", "read next",
		"read also", "also read", "see also", "more on this story", "more on this topic", "more stories",
		"more news", "recommended", "recommended for you", "recommended stories", "recommended articles",
		"you may also like", "you might also like", "you may be interested in", "most read", "most popular",
		"most viewed", "most shared", "trending", "trending now", "top stories", "editor's picks",
		"editors' picks", "what to read next", "don't miss", "latest news", "latest", "featured",
		"explore more on these topics", "topics", "tags", "next article", "previous article", "next story",
		"up next", "further reading", "in other news", "must read", "popular now", "more to explore",
		"more from this section", "read the full story", "read full story", "read full article")
	add("comments", "leave a comment", "leave a reply", "comments", "comment", "show comments",
		"view comments", "hide comments", "post a comment", "add a comment", "join the conversation",
		"be the first to comment", "comments are closed", "comments closed", "no comments", "write a comment",
		"load comments", "reply", "cancel reply", "view all comments", "read comments")
	add("share", "share", "share this", "share this article", "share this story", "share this page",
		"share article", "share story", "share on facebook", "share on twitter", "share on x",
		"share on whatsapp", "share on linkedin", "share via email", "share via", "tweet", "email", "print",
		"copy link", "copy link to clipboard", "link copied", "gift this article", "save article",
		"save", "bookmark", "share full article", "share this with", "facebook twitter email")
	add("subscribe", "subscribe", "subscribe now", "subscribe today", "sign up", "sign up now", "newsletter",
		"newsletters", "sign up for our newsletter", "subscribe to our newsletter", "follow us", "log in",
		"login", "sign in", "register", "create an account", "already a subscriber", "get the app",
		"download the app", "subscribe for full access")
	add("media", "watch", "video", "play video", "watch video", "watch the video", "watch live", "live",
		"audio", "listen", "listen to this article", "listen to article", "play", "pause", "replay",
		"press play", "video duration", "now playing", "media caption", "image caption", "enlarge this image",
		"toggle caption", "hide caption", "show caption", "open image in gallery", "expand", "close",
		"gallery", "photos", "view gallery", "view image", "full screen", "fullscreen", "watch now",
		"listen now", "podcast", "video player", "this video can not be played", "video unavailable")
	add("navigation", "skip to content", "skip to main content", "skip to navigation", "back to top",
		"loading", "home", "menu", "search", "main menu", "navigation", "breaking news", "updated",
		"live updates", "show more", "load more", "see more", "view all", "see all", "cookie settings",
		"accept", "accept all", "reject all", "manage cookies", "cookie policy", "privacy policy",
		"terms of use", "terms and conditions", "contact us", "about us", "feedback", "print this page",
		"report an error", "go to homepage", "open menu", "close menu")
	add("copyright", "all rights reserved")
}

// colonPrefixes are line openings that, followed by a colon, mark a caption,
// credit, navigation or media line.
var colonPrefixes = []string{
	"related", "read more", "read also", "also read", "see also", "read", "more", "watch", "video",
	"watch live", "listen", "photo", "photos", "photograph", "photography", "image", "images",
	"picture", "pictures", "pictured", "credit", "credits", "photo credit", "image credit", "source",
	"caption", "illustration", "graphic", "graphics", "file photo", "main image", "top image",
	"header image", "featured image", "advertisement", "sponsored", "tags", "topics", "filed under",
	"categories", "category", "share", "follow", "subscribe", "updated", "published", "posted",
	"last updated", "first published", "by", "reporting", "writing", "editing", "additional reporting",
	"contact", "email", "e-mail", "twitter", "audio", "podcast", "also on", "don't miss", "trending",
	"recommended", "watch now", "more on this", "explore", "newsletter", "most read",
}

// promptPrefixes open share/subscribe/follow/read-more prompts.
var promptPrefixes = []string{
	"sign up for", "sign up to", "sign up now", "sign up here", "subscribe to", "subscribe for",
	"subscribe now", "subscribe today", "subscribe here", "follow us", "follow our", "click here",
	"click to", "click on the", "tap here", "tap to", "download our", "download the", "get our",
	"join our", "share this", "share on", "share via", "share your", "like us on", "never miss",
	"don't miss", "support our", "support independent", "get the latest", "get breaking",
	"enjoy unlimited", "already a subscriber", "already have an account", "log in to", "sign in to",
	"create an account", "create a free account", "register now", "register for free",
	"enter your email", "get unlimited", "become a member", "become a subscriber", "try it free",
	"start your free trial", "to continue reading", "you have reached", "you've reached",
	"thank you for reading", "thanks for reading", "if you enjoyed", "want more", "we'd love to hear",
	"have a news tip", "got a news tip", "send us your", "for more news", "for the latest",
	"stay up to date", "stay informed", "keep up with", "get the best", "listen to this",
	"listen to the", "watch the full", "watch more", "watch now", "watch live", "play video",
	"see more", "view more", "read the full", "read more", "read our", "read the latest", "more from",
	"explore more", "this article is", "this article was", "this story was", "this story has",
	"this content", "this video", "this post", "first published", "originally published",
	"an earlier version of this", "story continues", "article continues", "continue reading",
	"scroll to continue", "scroll down", "advertisement", "sponsored by", "skip to", "back to",
	"get in touch", "contact the", "email the", "we use cookies", "by continuing to", "our standards",
	"read next", "related:", "most read", "you may also", "you might also", "recommended for",
}

// siteCues are words that tie a prompt to the web page rather than the news.
var siteCues = []string{
	"our", "us", "here", "newsletter", "newsletters", "inbox", "app", "free", "below", "above", "link",
	"story", "article", "page", "podcast", "video", "subscribe", "subscription", "subscriber",
	"notifications", "twitter", "facebook", "instagram", "whatsapp", "telegram", "youtube", "tiktok",
	"email", "now", "website", "site", "cookies", "account", "trial", "stories", "latest", "full",
	"coverage", "updates", "news", "reading",
}

// byPrefixes open bylines and wire-service trailers.
var byPrefixes = []string{
	"by ", "written by ", "reported by ", "story by ", "words by ", "text by ", "photos by ",
	"photography by ", "interview by ", "edited by ",
}

// trailerPrefixes open wire-service credits such as "Reporting by X; Editing by Y".
var trailerPrefixes = []string{
	"reporting by", "additional reporting by", "editing by", "writing by", "compiled by",
	"additional reporting from", "reporting from", "with reporting by", "with additional reporting",
	"graphics by", "production by", "this story was produced",
}

// mediaWords may surround a bare media duration ("Duration 2:15", "5 min read").
var mediaWords = map[string]bool{
	"duration": true, "watch": true, "video": true, "play": true, "listen": true, "min": true,
	"mins": true, "minute": true, "minutes": true, "read": true, "sec": true, "secs": true,
	"seconds": true, "time": true, "reading": true, "audio": true, "length": true, "runtime": true,
	"-": true, "|": true, "•": true,
}

// dateWords are tokens that may appear in a date, time or "published" line.
var dateWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "gmt",
		"utc", "bst", "est", "edt", "et", "pt", "pst", "pdt", "cet", "cest", "ist", "jst", "kst", "hkt",
		"sgt", "aest", "am", "pm", "a.m", "p.m", "ago", "hour", "hours", "hr", "hrs", "minute",
		"minutes", "min", "mins", "day", "days", "week", "weeks", "month", "months", "year", "years",
		"yesterday", "today", "just", "now", "an", "a", "on", "at", "updated", "published", "posted",
		"last", "first", "modified", "date", "time", "-", "|", "•", "/", "of", "the", "and", "by",
	} {
		dateWords[w] = true
	}
}

// bioWords mark an author biography.
var bioWords = []string{
	"correspondent", "reporter", "editor", "writer", "journalist", "contributor", "columnist",
	"author", "producer", "bureau chief", "covers", "reports on", "writes about", "writes on",
	"freelance", "staff", "contributing", "news desk", "based in",
}

// attributionWords mark reported speech; prompt rules never fire on them.
var attributionWords = []string{"said", "says", "told", "according", "added", "asked", "stated", "quoted", "tells", "say"}

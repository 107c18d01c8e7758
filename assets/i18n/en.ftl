# Gahnama's interface in English. Every message here has its twin in fa.ftl
# (a test checks the keys and the variables). Numbers given as numbers are
# written with the language's digits and select the plural forms.

## Shared words
cancel = Cancel
close = Close
remove = Remove
list-separator = {", "}
n-events = { $n ->
    [one] { $n } event
   *[other] { $n } events
}
project-untitled = Untitled project

## Menu bar
menu-file = File
menu-edit = Edit
menu-document = Document
menu-view = View
menu-help = Help
file-new-project = New project
file-open-project = Open project…
file-save-project = Save project  (Ctrl+S)
file-save-project-as = Save project as…  (Ctrl+Shift+S)
file-recent = Recent projects
file-recent-none = None yet
file-open-files = Open files…  (Ctrl+O)
file-open-folder = Open folder…
file-export-png = Export PNG…  (Ctrl+E)
file-export-svg = Export SVG…
file-export-pdf = Export PDF…
file-open-seeds = Open the bundled seed documents
file-quit = Quit
edit-undo = Undo  (Ctrl+Z)
edit-redo = Redo  (Ctrl+Shift+Z)
edit-find = Find…  (Ctrl+F)
document-set-date = Set date…
document-set-date-disabled = Select an event to choose its document, or use a document's date button in the filters.
view-lanes = Lanes
view-lanes-actor = By actor
view-lanes-region = By region
view-lanes-document = By document
view-lanes-none = No lanes
view-most-lanes = Most lanes
view-axis = Axis calendar
view-axis-solar-first = Solar Hijri and Gregorian
view-axis-both = Gregorian and Solar Hijri
view-axis-gregorian = Gregorian
view-axis-solar = Solar Hijri
view-solar-first-dates = Dates with the Solar Hijri first
view-digits = Digits
view-digits-persian = Persian ۱۲۳
view-digits-latin = Latin 123
view-language = Language / زبان
view-theme = Theme
view-theme-system = Follow the system
view-theme-light = Light
view-theme-dark = Dark
view-fit = Fit all events  (Home)
view-saved-views = Saved views
view-name = View name
view-name-hint = name of the view
view-save-view = Save view
help-about = Gahnama { $version } — a timeline of dated events in Persian texts.
help-keys-zoom = Wheel: zoom · Shift+wheel or drag: pan · + and -: zoom · Left/Right arrows: pan
help-keys-step = Home: fit · Tab, Down/Up arrows: next/previous event · Enter: open its document
help-keys-reader = Click a date in the reader to select its event; drag across its text to select it.
help-keys-search = Ctrl+F: search · F3: next result · Ctrl+click: select several events
help-keys-edit = Delete: hide · Ctrl+Z: undo · Ctrl+Shift+Z or Ctrl+Y: redo · Ctrl+S: save the project

## Status bar
status-counts = { $docs ->
    [one] { $docs } document
   *[other] { $docs } documents
} · { $events ->
    [one] { $events } event
   *[other] { $events } events
} · { $shown } shown
status-labels-hidden = { $n ->
    [one] { $n } label hidden
   *[other] { $n } labels hidden
} (zoom in to see them)
status-labels-hidden-tip = Labels that would overlap others are not drawn.
status-loading = reading and extracting…

## Filters
filters = Filters
filters-reset = Reset
curated = curated
curated-all = all events
curated-starred = starred
curated-edited = edited
curated-hidden = hidden
curated-tagged = tagged
filter-events = Events
filter-forecasts = Forecasts
filter-exact = Exact dates only (day precision)
filter-from = From
filter-to = to
filter-first-year = First year
filter-last-year = Last year
filter-actors = Actors
filter-regions = Regions
filter-documents = Documents
filter-name-count = { $name } ({ $n })
search-actors = Search actors
search-actors-hint = search actors…
search-regions = Search regions
search-regions-hint = search regions…
chip-without = without { $name }
chip-years = years
chip-exact = exact only
chip-no-events = no events
chip-no-forecasts = no forecasts
doc-date-none = no date of its own
doc-date-button = Date…
doc-date-button-tip = Set the day its «امروز» and «سال جاری» count from
a11y-document = document { $id }
a11y-actor = actor { $id }
a11y-region = region { $id }
a11y-date-of = date of { $id }

## The document's date
doc-date-title = Document date
doc-date-source-user = set by you
doc-date-source-front-matter = from its front matter
doc-date-source-dateline = from its dateline
doc-date-source-file-name = from its file name
doc-date-now = Now:
doc-date-none-long = The text gives no date of its own: its relative dates (today, this year) are left unresolved.
doc-date-explain = The day its relative dates count from, in either calendar:
doc-date-field = Date of the document
doc-date-date = Date
doc-date-reads-as = Reads as
doc-date-not-a-day = Not one day.
doc-date-set = Set
doc-date-use-text = Use the text's own

## Reader
reader = Reader
reader-document = Document
reader-sources = Sources
reader-empty = Select an event on the timeline or in the list to read where the texts state it.
reader-curate = Curate
reader-new-event = New event from selection
reader-copy = Copy
reader-place = ¶ { $p } · line { $line }
reader-open-document = open document
reader-earlier = Show { $n } earlier { $n ->
    [one] paragraph
   *[other] paragraphs
}
reader-later = Show { $n } later { $n ->
    [one] paragraph
   *[other] paragraphs
}
reader-actors = Actors: { $names }
reader-regions = Regions: { $names }
a11y-selected-event = Selected event: { $title }
a11y-event-date = Event date: { $dates }
precision-day = day
precision-month = month
precision-year = year
precision-decade = decade
precision-century = century
facts-precision = { $p } precision
facts-inferred = inferred from context
facts-forecast = forecast
facts-sources = { $n ->
    [one] { $n } source
   *[other] { $n } sources
}
tooltip-confidence = confidence { $p }%
a11y-tooltip-date = Tooltip date: { $dates }
cluster-tip = { $n } events — click to zoom in
a11y-collapse-lane = Collapse lane { $lane }

## Curation
curate-star = Star
curate-starred = Starred
curate-hide = Hide (Del)
curate-restore = Restore
curate-merge = Merge { $n } events
curate-split = Split
curate-n-selected = { $n } events selected (Ctrl+click to add or remove)
curate-title = Title
curate-title-name = Event title
curate-title-hint = title of the event
curate-english = English
curate-english-name = English title
curate-english-hint = English title
curate-date = Date
curate-date-name = Event date entry
curate-reads-as = { $what } reads as: { $text }
curate-not-read = { $what } not read
curate-not-a-date = not a date Gahnama can read
curate-kind = Kind
curate-kind-event = Event
curate-kind-forecast = Forecast
curate-actors = Actors
curate-regions = Regions
curate-note = Note
curate-note-name = Event note
curate-note-hint = a note
curate-tags = Tags
curate-remove-tag = Remove tag { $tag }
curate-remove = Remove { $name }
curate-add-tag = Add tag
curate-add-tag-name = New tag
curate-add-tag-hint = tag + Enter
curate-add-actor = Add actor
curate-new-actor = New actor
curate-add-region = Add region
curate-new-region = New region
curate-names-hint = search the names + Enter
curate-add = Add { $name }
curate-enter-applies = Enter applies a field; Ctrl+Z undoes.
curate-undo = Undo
curate-redo = Redo
curate-history = History ({ $n })
curate-no-edits = No edits yet.
curate-step = { $n }. { $what }
curate-undo-to = Undo back to this step
a11y-history-step = History step { $n }
new-event-title = New event from selection
new-event-title-name = New event title
new-event-date-name = New event date
new-event-create = Create event
step-hide = Hide
step-restore = Restore
step-retitle = Retitle «{ $title }»
step-retitle-en = English title “{ $title }”
step-redate = Redate «{ $date }»
step-kind-event = mark as event
step-kind-forecast = mark as forecast
step-actors = Actors: { $names }
step-regions = Regions: { $names }
step-note = Note «{ $note }»
step-tag = Tag «{ $tag }»
step-untag = Untag «{ $tag }»
step-star = Star
step-unstar = Unstar
step-merge = Merge { $n } events
step-split = Split
step-add = New event «{ $title }»
step-many = { $what } ({ $n } events)

## The event list
list-date = Date
list-title = Title
list-actors = Actors
list-document = Document
list-hidden = hidden

## Search
search-find = Find
search-name = Search
search-hint = search the events and the texts
search-previous = Previous
search-previous-tip = Previous (Shift+Enter)
search-next = Next
search-next-tip = Next (Enter, F3)
search-indexing = indexing…
search-status = { $events ->
    [one] { $events } event
   *[other] { $events } events
} · { $texts } in the texts
search-position = { $at }/{ $of }
search-where-text = { $doc } ¶{ $p }
search-where-event = event
a11y-result = Result: { $context }

## Export
export-title = Export { $format }
export-current-view = The current view
export-whole-range = The whole filtered range
export-width = Width
export-px = px
export-format = Format
export-scale = Scale
export-scale-n = { $n }×
export-page = Page
export-page-a4 = A4 landscape
export-page-letter = Letter landscape
export-page-content = The drawing's size
export-svg-note = Vectors; text as outlines, exact in any viewer.
export-show-title = Title
export-show-legend = Legend
export-show-caption = Caption of the filters and sources
export-n-events = { $n ->
    [one] { $n } event, as filtered
   *[other] { $n } events, as filtered
}
export-go = Export…
export-size-px = { $w }×{ $h } px
export-size-page = a page of { $w }×{ $h } pt
export-done = Exported { $path } ({ $size }).
export-failed = Export failed: { $why }

## Files
dialog-open-files = Open Persian texts
dialog-open-folder = Open a folder of texts
dialog-open-project = Open a Gahnama project
dialog-save-project = Save the Gahnama project
dialog-export-png = Export the timeline as PNG
dialog-export-svg = Export the timeline as SVG
dialog-export-pdf = Export the timeline as PDF
dialog-filter-texts = Texts, saved events and projects
dialog-filter-project = Gahnama project
dialog-filter-format = { $format } file
dialog-off = the desktop's file dialogs are turned off
dialog-off-env = the desktop's file dialogs are turned off (GAHNAMA_NO_NATIVE_DIALOGS)
dialog-none-here = this desktop has no file dialog: no D-Bus session for the xdg desktop portal, and zenity is not installed
dialog-did-not-appear = the desktop's file dialog did not appear (it returned after { $ms } ms; the xdg desktop portal may be missing or broken, and zenity absent)
path-typing-instead = Typing the path instead: { $why }.
path-field = Path
path-up = ../  (up)
path-open = Open
path-save = Save
path-export = Export
path-type-one = type a path
path-missing = { $path }: no such file or folder
path-is-folder = { $path }: is a folder
path-no-folder = { $path }: no such folder

## Closing and notices
close-title = Save changes before closing?
close-unsaved = The project “{ $name }” has changes that are not saved.
close-save = Save
close-dont-save = Don't save
notice-load-cancelled = Loading cancelled.
notice-exporting = Exporting…
notice-export-stopped = Export failed: the export stopped.
notice-skipped = Skipped { $what }
notice-orphaned-edit = Edit { $n } of the project is orphaned (kept in the project): { $why }
notice-unsaved-kept = The edits of the project never saved are kept in { $path }: open it to get them back.
notice-recovered = The edits not saved in the last session are back: save the project to keep them.
notice-nothing-to-undo = Nothing to undo.
notice-nothing-to-redo = Nothing to redo.
notice-select-text-first = Select text in the reader first.
notice-not-saved-yet = The project has not been saved yet: choose where.
notice-save-failed = Could not save the project { $path }: { $why }
notice-saved = Saved { $path }
notice-recovery-failed = Could not keep the unsaved edits in { $path }: { $why }

# Joins the parts of a line of facts.
sep = {" · "}

# What a load skipped, and why.
skipped-missing = Skipped { $path }: no such file or folder
skipped-unreadable = Skipped { $path }: cannot read: { $why }
skipped-binary = Skipped { $path }: looks like a binary file, not text (byte { $offset } is { $byte })
skipped-odd-utf16 = Skipped { $path }: UTF-16 file has an odd number of bytes
skipped-too-large = Skipped { $path }: file too large ({ $bytes } bytes; at most 4 GiB)
skipped-pipe = Skipped { $path }: not a regular file (a named pipe)
skipped-socket = Skipped { $path }: not a regular file (a socket)
skipped-device = Skipped { $path }: not a regular file (a device)
skipped-special = Skipped { $path }: not a regular file (a special file)
skipped-link-loop = Skipped { $path }: symbolic link loop (it leads back to { $target })
skipped-nothing = Nothing to read: no .txt or .md files, project or events file found.
# A document of a reopened events file not as it was saved.
reopen-changed = { $path }: changed since the events were saved (its SHA-256 differs); its events are shown with the sentences saved
reopen-not-found = { $path }: not found (looked beside { $beside } too); its events are shown with the sentences saved
# What was odd about a file that loaded.
warning-stray-nul = { $path }: { $n ->
    [one] { $n } stray NUL byte ignored
   *[other] { $n } stray NUL bytes ignored
}

# رابط گاه‌نما به فارسی. هر پیام این‌جا همتایی در en.ftl دارد (آزمونی کلیدها و
# متغیرها را می‌سنجد). عددها با رقم فارسی نوشته می‌شوند؛ در فارسی اسمِ پس از
# عدد مفرد می‌ماند: «۳ رویداد».

## واژه‌های مشترک
cancel = انصراف
close = بستن
remove = حذف
list-separator = {"، "}
n-events = { $n } رویداد
project-untitled = پروژهٔ بی‌نام

## نوار منو
menu-file = پرونده
menu-edit = ویرایش
menu-document = سند
menu-view = نما
menu-help = راهنما
file-new-project = پروژهٔ تازه
file-open-project = باز کردن پروژه…
file-save-project = ذخیرهٔ پروژه  (Ctrl+S)
file-save-project-as = ذخیرهٔ پروژه با نام دیگر…  (Ctrl+Shift+S)
file-recent = پروژه‌های اخیر
file-recent-none = هنوز هیچ
file-open-files = باز کردن پرونده‌ها…  (Ctrl+O)
file-open-folder = باز کردن پوشه…
file-export-png = خروجی PNG…  (Ctrl+E)
file-export-svg = خروجی SVG…
file-export-pdf = خروجی PDF…
file-open-seeds = باز کردن اسناد نمونهٔ همراه برنامه
file-quit = خروج
edit-undo = واگرد  (Ctrl+Z)
edit-redo = ازنو  (Ctrl+Shift+Z)
edit-find = جستجو…  (Ctrl+F)
document-set-date = تعیین تاریخ…
document-set-date-disabled = رویدادی را برگزینید تا سندش انتخاب شود، یا دکمهٔ تاریخ سند را در پالایه‌ها بزنید.
view-lanes = ردیف‌ها
view-lanes-actor = بر پایهٔ کنشگر
view-lanes-region = بر پایهٔ منطقه
view-lanes-document = بر پایهٔ سند
view-lanes-none = بی‌ردیف
view-most-lanes = بیشترین شمار ردیف
view-axis = تقویم محور
view-axis-solar-first = خورشیدی و میلادی
view-axis-both = میلادی و خورشیدی
view-axis-gregorian = میلادی
view-axis-solar = خورشیدی
view-solar-first-dates = تاریخ‌ها با خورشیدی در آغاز
view-digits = رقم‌ها
view-digits-persian = فارسی ۱۲۳
view-digits-latin = لاتین 123
view-language = زبان / Language
view-theme = پوسته
view-theme-system = پیروی از سیستم
view-theme-light = روشن
view-theme-dark = تیره
view-fit = گنجاندن همهٔ رویدادها  (Home)
view-saved-views = نماهای ذخیره‌شده
view-name = نام نما
view-name-hint = نام نما
view-save-view = ذخیرهٔ نما
help-about = گاه‌نما { $version } — خط زمانی رویدادهای تاریخ‌دار در متن‌های فارسی.
help-keys-zoom = چرخ موشی: بزرگ‌نمایی · Shift+چرخ یا کشیدن: جابه‌جایی · + و -: بزرگ‌نمایی · پیکان‌های چپ و راست: جابه‌جایی
help-keys-step = Home: گنجاندن همه · Tab و پیکان‌های پایین و بالا: رویداد بعدی و قبلی · Enter: باز کردن سندش
help-keys-reader = برای برگزیدن رویداد، روی تاریخش در خواننده بزنید؛ برای برگزیدن متن، روی آن بکشید.
help-keys-search = Ctrl+F: جستجو · F3: یافتهٔ بعدی · Ctrl+کلیک: برگزیدن چند رویداد
help-keys-edit = Delete: پنهان کردن · Ctrl+Z: واگرد · Ctrl+Shift+Z یا Ctrl+Y: ازنو · Ctrl+S: ذخیرهٔ پروژه

## نوار وضعیت
status-counts = { $docs } سند، { $events } رویداد، { $shown } نمایان
status-labels-hidden = { $n } برچسب پنهان (برای دیدنشان بزرگ‌نمایی کنید)
status-labels-hidden-tip = برچسب‌هایی که روی برچسب‌های دیگر می‌افتند کشیده نمی‌شوند.
status-loading = در حال خواندن و استخراج…

## پالایه‌ها
filters = پالایه‌ها
filters-reset = بازنشانی
curated = ویراسته
curated-all = همهٔ رویدادها
curated-starred = ستاره‌دار
curated-edited = ویرایش‌شده
curated-hidden = پنهان
curated-tagged = برچسب‌دار
filter-events = رویدادها
filter-forecasts = پیش‌بینی‌ها
filter-exact = فقط تاریخ‌های دقیق (در حد روز)
filter-from = از
filter-to = تا
filter-first-year = سال نخست
filter-last-year = سال پایانی
filter-actors = کنشگران
filter-regions = مناطق
filter-documents = اسناد
filter-name-count = { $name } ({ $n })
search-actors = جستجوی کنشگران
search-actors-hint = جستجو در کنشگران…
search-regions = جستجوی مناطق
search-regions-hint = جستجو در مناطق…
chip-without = بدون { $name }
chip-years = سال‌ها
chip-exact = فقط دقیق
chip-no-events = بی‌رویداد
chip-no-forecasts = بی‌پیش‌بینی
doc-date-none = بی‌تاریخ
doc-date-button = تاریخ…
doc-date-button-tip = روزی را تعیین کنید که «امروز» و «سال جاری» سند از آن شمرده شوند
a11y-document = سند { $id }
a11y-actor = کنشگر { $id }
a11y-region = منطقه { $id }
a11y-date-of = تاریخ { $id }

## تاریخ سند
doc-date-title = تاریخ سند
doc-date-source-user = تعیین‌شده به دست شما
doc-date-source-front-matter = از سرآغاز پرونده
doc-date-source-dateline = از سطر تاریخ خبر
doc-date-source-file-name = از نام پرونده
doc-date-now = اکنون:
doc-date-none-long = متن تاریخی از خود ندارد: تاریخ‌های نسبی‌اش (امروز، امسال) ناگشوده می‌مانند.
doc-date-explain = روزی که تاریخ‌های نسبی از آن شمرده می‌شوند، در هر یک از دو تقویم:
doc-date-field = تاریخ سند
doc-date-date = تاریخ
doc-date-reads-as = خوانده می‌شود
doc-date-not-a-day = یک روز نیست.
doc-date-set = تعیین
doc-date-use-text = تاریخ خود متن

## خواننده
reader = خواننده
reader-document = سند
reader-sources = منابع
reader-empty = رویدادی را روی خط زمانی یا در فهرست برگزینید تا جایی را که متن‌ها از آن گفته‌اند بخوانید.
reader-curate = ویرایش
reader-new-event = رویداد تازه از متن برگزیده
reader-copy = رونوشت
reader-place = بند { $p }، سطر { $line }
reader-open-document = باز کردن سند
reader-earlier = نمایش { $n } بند پیشین
reader-later = نمایش { $n } بند پسین
reader-actors = کنشگران: { $names }
reader-regions = مناطق: { $names }
a11y-selected-event = رویداد برگزیده: { $title }
a11y-event-date = تاریخ رویداد: { $dates }
precision-day = روز
precision-month = ماه
precision-year = سال
precision-decade = دهه
precision-century = سده
facts-precision = دقت در حد { $p }
facts-inferred = برگرفته از بافت
facts-forecast = پیش‌بینی
facts-sources = { $n } منبع
tooltip-confidence = اطمینان { $p }٪
a11y-tooltip-date = تاریخ راهنما: { $dates }
cluster-tip = { $n } رویداد — برای بزرگ‌نمایی بزنید
a11y-collapse-lane = جمع کردن ردیف { $lane }

## ویرایش رویداد
curate-star = ستاره
curate-starred = ستاره‌دار
curate-hide = پنهان کردن (Del)
curate-restore = بازگرداندن
curate-merge = ادغام { $n } رویداد
curate-split = جدا کردن
curate-n-selected = { $n } رویداد برگزیده (Ctrl+کلیک برای افزودن یا برداشتن)
curate-title = عنوان
curate-title-name = عنوان رویداد
curate-title-hint = عنوان رویداد
curate-english = انگلیسی
curate-english-name = عنوان انگلیسی
curate-english-hint = English title
curate-date = تاریخ
curate-date-name = ورود تاریخ رویداد
curate-reads-as = { $what } خوانده می‌شود: { $text }
curate-not-read = { $what } خوانده نشد
curate-not-a-date = تاریخی که گاه‌نما بخواند نیست
curate-kind = گونه
curate-kind-event = رویداد
curate-kind-forecast = پیش‌بینی
curate-actors = کنشگران
curate-regions = مناطق
curate-note = یادداشت
curate-note-name = یادداشت رویداد
curate-note-hint = یادداشت
curate-tags = برچسب‌ها
curate-remove-tag = حذف برچسب { $tag }
curate-remove = حذف { $name }
curate-add-tag = برچسب تازه
curate-add-tag-name = برچسب تازهٔ رویداد
curate-add-tag-hint = برچسب + Enter
curate-add-actor = افزودن کنشگر
curate-new-actor = کنشگر تازه
curate-add-region = افزودن منطقه
curate-new-region = منطقهٔ تازه
curate-names-hint = جستجو در نام‌ها + Enter
curate-add = افزودن { $name }
curate-enter-applies = Enter هر خانه را اعمال می‌کند؛ Ctrl+Z واگرد است.
curate-undo = واگرد
curate-redo = ازنو
curate-history = تاریخچه ({ $n })
curate-no-edits = هنوز ویرایشی نیست.
curate-step = { $n }. { $what }
curate-undo-to = واگرد تا این گام
a11y-history-step = گام { $n } تاریخچه
new-event-title = رویداد تازه از متن برگزیده
new-event-title-name = عنوان رویداد تازه
new-event-date-name = تاریخ رویداد تازه
new-event-create = ساختن رویداد
step-hide = پنهان کردن
step-restore = بازگرداندن
step-retitle = عنوان تازه «{ $title }»
step-retitle-en = عنوان انگلیسی «{ $title }»
step-redate = تاریخ تازه «{ $date }»
step-kind-event = رویداد خواندن
step-kind-forecast = پیش‌بینی خواندن
step-actors = کنشگران: { $names }
step-regions = مناطق: { $names }
step-note = یادداشت «{ $note }»
step-tag = برچسب «{ $tag }»
step-untag = حذف برچسب «{ $tag }»
step-star = ستاره
step-unstar = برداشتن ستاره
step-merge = ادغام { $n } رویداد
step-split = جدا کردن
step-add = رویداد تازهٔ «{ $title }»
step-many = { $what } ({ $n } رویداد)

## فهرست رویدادها
list-date = تاریخ
list-title = عنوان
list-actors = کنشگران
list-document = سند
list-hidden = پنهان

## جستجو
search-find = جستجو
search-name = جستجو در رویدادها و متن‌ها
search-hint = جستجو در رویدادها و متن‌ها
search-previous = قبلی
search-previous-tip = قبلی (Shift+Enter)
search-next = بعدی
search-next-tip = بعدی (Enter، F3)
search-indexing = در حال نمایه‌سازی…
search-status = { $events } رویداد، { $texts } در متن‌ها
search-position = { $at } از { $of }
search-where-text = { $doc }، بند { $p }
search-where-event = رویداد
a11y-result = یافته: { $context }

## خروجی
export-title = خروجی { $format }
export-current-view = نمای کنونی
export-whole-range = همهٔ بازهٔ پالوده
export-width = پهنا
export-px = پیکسل
export-format = قالب
export-scale = مقیاس
export-scale-n = { $n }×
export-page = صفحه
export-page-a4 = A4 افقی
export-page-letter = Letter افقی
export-page-content = اندازهٔ خود نگاره
export-svg-note = برداری؛ متن به صورت طرح، در هر نمایشگری یکسان.
export-show-title = عنوان
export-show-legend = راهنمای رنگ‌ها
export-show-caption = شرح پالایه‌ها و منابع
export-n-events = { $n } رویداد، با پالایه‌های کنونی
export-go = خروجی…
export-size-px = { $w }×{ $h } پیکسل
export-size-page = صفحه‌ای { $w }×{ $h } پوینت
export-done = { $path } نوشته شد ({ $size }).
export-failed = خروجی ناکام ماند: { $why }

## پرونده‌ها
dialog-open-files = باز کردن متن‌های فارسی
dialog-open-folder = باز کردن پوشه‌ای از متن‌ها
dialog-open-project = باز کردن پروژهٔ گاه‌نما
dialog-save-project = ذخیرهٔ پروژهٔ گاه‌نما
dialog-export-png = خروجی خط زمانی به PNG
dialog-export-svg = خروجی خط زمانی به SVG
dialog-export-pdf = خروجی خط زمانی به PDF
dialog-filter-texts = متن‌ها، رویدادهای ذخیره‌شده و پروژه‌ها
dialog-filter-project = پروژهٔ گاه‌نما
dialog-filter-format = پروندهٔ { $format }
dialog-off = پنجره‌های پروندهٔ میزکار خاموش‌اند
dialog-off-env = پنجره‌های پروندهٔ میزکار خاموش‌اند (GAHNAMA_NO_NATIVE_DIALOGS)
dialog-none-here = این میزکار پنجرهٔ پرونده ندارد: نه نشست D-Bus برای درگاه xdg هست و نه zenity نصب است
dialog-did-not-appear = پنجرهٔ پروندهٔ میزکار باز نشد (پس از { $ms } میلی‌ثانیه بازگشت؛ شاید درگاه xdg نباشد یا خراب باشد و zenity هم نباشد)
path-typing-instead = به جای آن، نشانی را بنویسید: { $why }.
path-field = نشانی
path-up = ../  (بالا)
path-open = باز کردن
path-save = ذخیره
path-export = خروجی
path-type-one = نشانی‌ای بنویسید
path-missing = { $path }: چنین پرونده یا پوشه‌ای نیست
path-is-folder = { $path }: پوشه است
path-no-folder = { $path }: چنین پوشه‌ای نیست

## بستن و پیام‌ها
close-title = پیش از بستن، تغییرها ذخیره شوند؟
close-unsaved = پروژهٔ «{ $name }» تغییرهای ذخیره‌نشده دارد.
close-save = ذخیره
close-dont-save = ذخیره نکن
notice-load-cancelled = خواندن لغو شد.
notice-exporting = در حال نوشتن خروجی…
notice-export-stopped = خروجی ناکام ماند: کار متوقف شد.
notice-skipped = کنار گذاشته شد: { $what }
notice-orphaned-edit = ویرایش { $n } پروژه جایی برای نشستن نیافت (در پروژه می‌ماند): { $why }
notice-unsaved-kept = ویرایش‌های پروژهٔ ذخیره‌نشده در { $path } نگه داشته شد: برای بازگرداندنشان آن را باز کنید.
notice-recovered = ویرایش‌های ذخیره‌نشدهٔ نشست پیشین بازگشتند: برای نگه‌داشتنشان پروژه را ذخیره کنید.
notice-nothing-to-undo = چیزی برای واگرد نیست.
notice-nothing-to-redo = چیزی برای ازنو نیست.
notice-select-text-first = نخست متنی را در خواننده برگزینید.
notice-not-saved-yet = پروژه هنوز ذخیره نشده است: جایش را برگزینید.
notice-save-failed = پروژهٔ { $path } ذخیره نشد: { $why }
notice-saved = ذخیره شد: { $path }
notice-recovery-failed = ویرایش‌های ذخیره‌نشده در { $path } نگه داشته نشدند: { $why }

# Joins the parts of a line of facts; in Persian a comma, since a middle dot
# beside a Persian digit reads as a zero.
sep = {"، "}

# What a load skipped, and why.
skipped-missing = کنار گذاشته شد، چنین پرونده یا پوشه‌ای نیست: { $path }
skipped-unreadable = کنار گذاشته شد، خوانده نشد: { $path } ({ $why })
skipped-binary = کنار گذاشته شد، پرونده‌ای دودویی است نه متن (بایت { $offset } برابر { $byte } است): { $path }
skipped-odd-utf16 = کنار گذاشته شد، پروندهٔ UTF-16 با شمار فردی بایت: { $path }
skipped-too-large = کنار گذاشته شد، پرونده بیش از اندازه بزرگ است ({ $bytes } بایت؛ دست‌بالا ۴ گیگابایت): { $path }
skipped-pipe = کنار گذاشته شد، پرونده‌ای معمولی نیست (لوله‌ای نام‌دار است): { $path }
skipped-socket = کنار گذاشته شد، پرونده‌ای معمولی نیست (سوکت است): { $path }
skipped-device = کنار گذاشته شد، پرونده‌ای معمولی نیست (دستگاه است): { $path }
skipped-special = کنار گذاشته شد، پرونده‌ای معمولی نیست (پرونده‌ای ویژه است): { $path }
skipped-link-loop = کنار گذاشته شد، پیوند نمادینی که به { $target } بازمی‌گردد و حلقه می‌سازد: { $path }
skipped-nothing = چیزی برای خواندن نیست: هیچ پروندهٔ .txt یا .md، پروژه یا پروندهٔ رویدادها یافت نشد.
# A document of a reopened events file not as it was saved.
reopen-changed = پس از ذخیرهٔ رویدادها دگرگون شده است (SHA-256 آن فرق می‌کند)؛ رویدادهایش با جمله‌های ذخیره‌شده نشان داده می‌شوند: { $path }
reopen-not-found = یافت نشد (کنار { $beside } هم جست‌وجو شد)؛ رویدادهایش با جمله‌های ذخیره‌شده نشان داده می‌شوند: { $path }
# What was odd about a file that loaded.
warning-stray-nul = { $n } بایت NUL سرگردان نادیده گرفته شد: { $path }

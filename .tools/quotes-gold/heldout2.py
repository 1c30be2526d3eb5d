# A second held-out set, annotated from the text (before Lede's facts for these pages were seen) after the first
# held-out set had been scored and looked at: four more readability pages from four more sites, chosen because they
# quote in ways the development pages do not (a book quoted with "writes" and colons, tweets, a report, game titles in
# quotation marks). Scored once, at the end. Same vocabulary as dev.py.
from gold import Q, X, O, A, OA

MIRANDA = "Luis de Miranda|de Miranda|De Miranda"
REPORT = "~report|Center on Poverty and Inequality|Stanford University's Center on Poverty and Inequality"

PAGES = [
{"page": "citylab-1", "facts": [
  X("new."),
  Q("When we hear the word neon, an image pops into our heads: a combination of light, colors, symbols, and glass. This image is itself a mood. It carries an atmosphere. It speaks … of the essence of cities, of the poetry of nights, of the 20th century.", MIRANDA),
  X("The World of Tomorrow."),
  Q("In the 1960s, the Soviets deployed a vast ‘neonization’ of the Eastern bloc capitals to emulate capitalist metropolises,", MIRANDA),
  Q("Because consumer shops were rare in the Polish capital [of Warsaw], they did not hesitate to illuminate the façades of public buildings.", MIRANDA),
  O("neon century."),
  Q("Since then, [neon lights] have witnessed all the transformations that have created the world we live in,", MIRANDA),
  Q("Today, they sometimes seem to maintain a hybrid status, somewhere between junkyards and museums, not unlike European capitals themselves.", MIRANDA),
  X("neon"),
  X("bruce"),
  X("You Loved Me Like a Distant Star"),
  X("The Kiss Was Beautiful."),
  O("neonness"),
  OA("De Miranda beautifully evokes"),
  OA("de Miranda makes a convincing case"),
  A("Claude acknowledged at the time that", "Georges Claude|Claude"),
  A("and insisted that it posed", "Georges Claude|Claude"),
  A("de Miranda notes", MIRANDA),
  A("De Miranda points out that", MIRANDA),
  A("de Miranda writes", MIRANDA, n=0),
  A("de Miranda writes", MIRANDA, n=1),
  OA("De Miranda understands"),
  OA("The author draws a parallel"),
]},
{"page": "msn", "facts": [
  X("Super Mario Run"),
  X("Super Mario"),
  X("Temple Run,"),
]},
{"page": "breitbart", "facts": [
  X("fact-checking"),
  X("fake news"),
  Q("#Hamilton Chicago show interrupted by angry Trump supporter.", "Vulture magazine|Vulture"),
  Q("Are there un-angry Trump supporters?", "David Emery"),
  Q("Incredibly, some people actually think they have to put words in Trump’s mouth to make him look bad.", "David Emery"),
  O("post-truth"),
  Q("Before long we’ll all have forgotten what it was like to live in the same universe; or maybe we already have,", "David Emery"),
  OA("The tweet from Vulture magazine reads"),
  A("saying, “Are there", "David Emery"),
  A("Emery states", "David Emery"),
  A("New York magazine that claimed", "New York magazine|~magazine"),
  A("Emery tweeted", "David Emery"),
  OA("Facebook believe that"),
]},
{"page": "cnn", "facts": [
  Q("[T]he birth lottery matters more in the U.S. than in most well-off countries.", REPORT),
  O("jobs machine"),
  X("safety net"),
  OA("calls that into question"),
  OA("The report assessed"),
  A("As the report states", REPORT),
  A("The report also suggested", REPORT),
  OA("The study determined this"),
  A("The report concluded that", REPORT),
]},
]

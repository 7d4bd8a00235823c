"""Word pools for the demo journal (``demo.py``): our own sample wording.

Sentences carry ``{placeholders}`` (``mentor``, ``mentee``, ``colleague``,
``manager``, ``project``, ``skill``, ``team``) that the generator fills per
entry. Nothing here is user data; it only has to read like a plausible journal.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Gustav", "Hana", "Ilse", "Jonas",
    "Keiko", "Luca", "Mirela", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sipho", "Tomasz",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Aiko", "Bea", "Carlos", "Deniz",
    "Elif", "Femi", "Greta", "Hugo", "Ines", "Jasper", "Kavya", "Leila", "Mateo", "Noor",
    "Olek", "Paula", "Rahul", "Sanne", "Theo", "Valeria", "Wiremu", "Yara",
)
LAST_NAMES = (
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Silva", "Brennan",
    "Kowalczyk", "Mensah", "Rossi", "Park", "Schneider", "Adeyemi", "Castillo", "Ivanova",
    "Nakamura", "O'Neill", "Petrov", "Quispe", "Rahman", "Sato", "Van Dijk", "Walsh",
    "Yilmaz", "Zhou", "Bergström", "Da Costa", "Eriksen", "Fischer", "García", "Hoang",
)
ORGANISATIONS = (
    "Northwind Labs", "Bluefin Analytics", "Harbour Health", "Copperleaf Studio",
    "Tallgrass Energy", "Meridian Bank", "Kestrel Logistics", "Open Orchard",
    "Quillfeather Press", "Riverbend Council", "Sundial Robotics", "Foxglove Foods",
)
PROJECTS = (
    "billing migration", "onboarding redesign", "data platform", "mobile release",
    "customer survey", "pricing review", "accessibility audit", "search revamp",
    "quarterly roadmap", "vendor evaluation", "support handbook", "hiring plan",
)
TEAMS = ("platform team", "product group", "design guild", "analytics team", "support crew",
         "leadership circle", "partner team")

TAGS = (
    "career-planning", "networking", "leadership", "workplace", "feedback", "confidence",
    "motivation", "promotion", "communication", "conflict", "delegation", "public-speaking",
    "work-life-balance", "new-role", "perspective", "accountability", "skills", "goals",
    "wins", "paying-it-forward",
)

#: (name, category, description); leadership skills serve the mentor side.
SKILLS = (
    ("System design", "Craft", "Shaping systems that stay simple as they grow."),
    ("Writing design docs", "Craft", "Proposals that others can review and decide on."),
    ("Data analysis", "Craft", "Turning raw numbers into a clear recommendation."),
    ("Estimation", "Craft", "Giving honest ranges and updating them early."),
    ("Code review", "Craft", "Reviews that teach as well as catch problems."),
    ("Testing strategy", "Craft", "Knowing what to test, and what not to."),
    ("Public speaking", "Communication", "Talking to a room without reading slides."),
    ("Written communication", "Communication", "Short, structured messages people act on."),
    ("Presenting to executives", "Communication", "The answer first, details on request."),
    ("Storytelling with data", "Communication", "Charts that carry a single point."),
    ("Negotiation", "Communication", "Finding the trade that works for both sides."),
    ("Networking", "Career", "Keeping in touch with people before you need them."),
    ("Career planning", "Career", "Knowing the next two steps and why."),
    ("Self-advocacy", "Career", "Making my work visible without bragging."),
    ("Interviewing for a new role", "Career", "Telling my story with evidence."),
    ("Stakeholder management", "Workplace", "Keeping the right people informed early."),
    ("Managing up", "Workplace", "Helping my manager help me."),
    ("Cross-team collaboration", "Workplace", "Getting work done across team lines."),
    ("Handling conflict", "Workplace", "Naming disagreements and working through them."),
    ("Reading the organisation", "Workplace", "Seeing how decisions really get made."),
    ("Time management", "Personal", "Protecting time for the work that matters."),
    ("Prioritisation", "Personal", "Saying no to good things to do great ones."),
    ("Resilience", "Personal", "Recovering from setbacks without losing a week."),
    ("Learning quickly", "Personal", "Getting useful in a new area fast."),
    ("Active listening", "Leadership", "Hearing what is said and what is not."),
    ("Giving feedback", "Leadership", "Specific, kind and timely feedback."),
    ("Coaching with questions", "Leadership", "Helping others find their own answer."),
    ("Delegation", "Leadership", "Handing over outcomes, not just tasks."),
    ("Empathy", "Leadership", "Understanding the pressure others are under."),
    ("Running meetings", "Leadership", "Meetings with a purpose, an owner and an end."),
    ("Decision making", "Leadership", "Deciding with incomplete information."),
    ("Hiring interviews", "Leadership", "Fair, structured interviews."),
    ("Setting direction", "Leadership", "A clear why that a team can repeat."),
    ("Mentoring others", "Leadership", "Being useful to someone earlier in their path."),
    ("Facilitation", "Leadership", "Helping a group reach a decision together."),
    ("Budgeting", "Craft", "Planning spend and explaining it."),
    ("Product sense", "Craft", "Knowing which problem is worth solving."),
    ("Asking for help", "Personal", "Asking early, with context."),
    ("Saying no", "Personal", "Declining clearly and kindly."),
    ("Personal brand", "Career", "Being known for a few things I care about."),
)
LEADERSHIP_CATEGORY = "Leadership"

# -- sentence pools (paragraph material) ------------------------------------

SENTENCES: dict[str, tuple[str, ...]] = {
    "discussed": (
        "We spent most of the hour on the {project} and why it keeps slipping.",
        "{mentor} asked me to describe the last week as if I were telling a friend, which was harder than it sounds.",
        "I brought the list of questions from Sunday and we got through about half of them.",
        "We talked about what a senior person on the {team} actually does differently from me today.",
        "{mentor} pushed back on my plan to wait until the next review cycle before asking for more scope.",
        "A good part of the conversation was about {colleague} and how our working styles clash.",
        "We looked at my calendar together and counted how many hours went to meetings I could have skipped.",
        "{mentor} shared a story about a launch that went badly for them early on, and what they changed afterwards.",
        "I explained the situation with {manager} and the unclear priorities, and {mentor} mostly listened.",
        "We revisited the goal I set two months ago and admitted it was too vague to measure.",
        "{mentor} suggested I practise {skill} in a lower-stakes setting before the big meeting.",
        "Most of what we discussed came back to one theme: I wait too long to ask for what I need.",
        "We compared two possible next roles and wrote down what each would teach me.",
        "{mentor} offered to introduce me to someone who moved from a similar role into product work.",
        "I admitted that I had not done the reading, and we used the time to talk about why.",
        "We role-played the conversation I have been avoiding with {manager}.",
        "There was a long tangent about how the company makes decisions, which turned out to be the useful part.",
        "{mentor} asked what I would do if I were certain I could not fail, and I did not have a quick answer.",
    ),
    "takeaway": (
        "The main thing I am taking away is that clarity beats polish when the audience is busy.",
        "I need to write down my wins as they happen, not try to remember them at review time.",
        "Asking for feedback after a meeting works better than asking for it in general.",
        "I can disagree with {manager} in private and still commit in public.",
        "Progress on {skill} will come from repetition, not from another course.",
        "A short written update every Friday would save me three status meetings.",
        "People remember how a hard conversation started more than how it ended.",
        "I should treat the {project} as a chance to be visible, not as a chore.",
        "Saying 'I do not know yet, I will find out by Thursday' is a complete answer.",
        "The next step is smaller than I made it: one email, not a new strategy.",
        "My network is wider than I think; I just have not kept in touch with it.",
        "Confidence follows action here, not the other way round.",
    ),
    "feeling": (
        "I left the call feeling lighter than I have in weeks.",
        "Honestly I felt a bit exposed, but in a useful way.",
        "My energy was low going in and noticeably better coming out.",
        "I am more motivated than last time, mostly because the next step is concrete.",
        "There is still some doubt, but it is quieter now.",
        "I felt heard, which I did not realise I needed.",
        "It is encouraging to see that the things I worried about a year ago no longer bother me.",
        "I was frustrated at first, then curious, which is probably the right order.",
    ),
    "went_well": (
        "The demo for the {project} went smoothly and nobody asked the question I feared.",
        "I kept two mornings free of meetings and got real work done on both.",
        "{colleague} thanked me for the review comments, which were more careful than usual.",
        "I asked {manager} directly about the priorities instead of guessing, and got a clear answer.",
        "My weekly update went out on time every day I planned it.",
        "I practised {skill} twice this week, once in a meeting and once in writing.",
        "The retrospective I ran stayed on time and ended with three owners for three actions.",
        "I finished the book chapter {mentor} suggested and wrote down two ideas to try.",
        "I reached out to an old colleague and we have a coffee planned.",
        "I said no to a request that did not fit, and the world did not end.",
    ),
    "was_hard": (
        "The planning meeting ran long and I did not speak up when the scope doubled.",
        "I spent too much time polishing a document nobody has read yet.",
        "A disagreement with {colleague} left me rattled for the rest of the afternoon.",
        "I skipped my focus blocks three days in a row because of urgent requests.",
        "Estimating the {project} was hard because too much is still unknown.",
        "I noticed I was avoiding the conversation with {manager} again.",
        "Sleep was poor and it showed in my patience.",
        "Feedback on my draft was blunt and I took it more personally than I should have.",
        "The {team} changed direction midweek and half my work is now on hold.",
    ),
    "focus": (
        "Next week I will prepare the agenda for the {project} review a day early.",
        "The one thing that matters next week is getting a yes or no on the proposal.",
        "I want to practise {skill} at least once in a real setting.",
        "I will book thirty minutes with {colleague} to clear the air.",
        "Finish the two open action items from the last session with {mentor}.",
        "Protect Tuesday and Thursday mornings; decline anything that is not urgent.",
        "Write the short summary of my year so far, before I forget the details.",
    ),
    "old_view": (
        "I used to believe that good work speaks for itself.",
        "For a long time I thought asking questions in big meetings made me look unprepared.",
        "I assumed {manager} wanted every detail before agreeing to anything.",
        "I saw networking as something slightly fake that other people were good at.",
        "I thought leadership meant having the answer, not asking good questions.",
        "I believed a career path had to be planned years ahead to count.",
        "My view was that conflict on a team was a sign that something had failed.",
    ),
    "shift": (
        "Seeing the {project} from the customer's side changed that.",
        "{mentor} pointed out that the people I admire ask the most basic questions in the room.",
        "When {colleague} explained their reasons, the disagreement suddenly made sense.",
        "Watching someone else handle a similar problem calmly showed me another way.",
        "A question from {mentor} stuck with me: who benefits if I stay quiet?",
        "Looking back at my notes from a year ago made the change obvious.",
        "Mentoring {mentee} forced me to put into words things I only half knew.",
        "Reading about how other teams run their reviews made ours look less fixed.",
    ),
    "try_next": (
        "I will try stating my recommendation in the first sentence.",
        "Next time I will ask what success looks like before starting.",
        "I want to test this by sharing an unfinished draft early.",
        "I will treat introductions as a small favour I can also give, not only receive.",
        "I will ask one clarifying question in each large meeting this month.",
        "I am going to write down the decision and the reasons, and send it round.",
    ),
    "situation": (
        "In the {project} meeting, two senior people disagreed and then both looked at me.",
        "{colleague} took credit for an analysis we did together, probably without meaning to.",
        "A reorganisation was announced and nobody on the {team} knows who decides what now.",
        "{manager} asked me to take on a second project without dropping anything.",
        "A customer escalation landed on my desk late on a Friday.",
        "I was asked to give feedback on a peer's work in front of the whole group.",
        "The new process adds a sign-off step that slows everyone down, and people are annoyed.",
        "Someone from another team keeps sending requests straight to me instead of through planning.",
    ),
    "handled": (
        "I asked for a day to look at both options and came back with a short comparison.",
        "I talked to {colleague} privately and we agreed how to present shared work from now on.",
        "I wrote down what I knew, what I did not, and who might know, and shared it with the {team}.",
        "I told {manager} what would slip if I took it on, and let them choose.",
        "I stayed calm, acknowledged the problem and promised an update by Monday noon.",
        "I kept the feedback to what I saw and how it affected the work.",
        "I did not handle it well: I agreed too quickly and regretted it by the evening.",
    ),
    "next_time": (
        "Next time I would set expectations about timing before anything else.",
        "I would involve {manager} earlier instead of trying to solve it alone.",
        "I would name the tension out loud, gently, rather than hoping it passes.",
        "I would ask {mentor} for a quick sanity check before replying.",
        "I would write the follow-up the same day while it is still fresh.",
    ),
    "win_story": (
        "The {project} shipped this week and the first feedback is good.",
        "I gave the talk, and three people came up afterwards with questions.",
        "{manager} asked me to lead the next planning round.",
        "The proposal I wrote was accepted with only small changes.",
        "I was invited to join the {team} review as a regular reviewer.",
        "A peer told me my feedback last month changed how they run their meetings.",
        "I finally had the conversation I had been putting off, and it went well.",
    ),
    "made_possible": (
        "Preparing the opening two minutes word for word made the rest easy.",
        "The practice runs with {mentor} paid off.",
        "Asking {colleague} to review the plan early caught the biggest problem.",
        "Saying no to two other requests gave me the time.",
        "I had written down what good would look like, so I knew when to stop.",
        "The introduction {mentor} made six months ago opened this door.",
    ),
    "mentor_view": (
        "{mentee} came in with a clear agenda this time, which is a change from the first sessions.",
        "I noticed {mentee} talks down their own work when describing it.",
        "We spent the session on the {project}, where {mentee} is stretched but learning fast.",
        "{mentee} is weighing an offer from another team and wanted a sounding board more than advice.",
        "I tried to ask more and tell less, and the conversation went further than usual.",
        "{mentee} had done everything from the last action list, which made the session easy to start.",
        "There is a pattern of {mentee} saying yes to everything; we named it together.",
        "{mentee} asked how I handled my first difficult stakeholder, so I told the honest version.",
        "The session drifted and I should have brought it back to the goal sooner.",
        "{mentee} is ready for more visibility; the question is how to get it without burning out.",
    ),
    "mentor_learning": (
        "Being a mentor is teaching me to be patient with silence.",
        "I realised I give advice too quickly when I should let {mentee} think aloud.",
        "Explaining my own career choices to {mentee} showed me how much luck was involved.",
        "Listening well is a skill I can practise here and use with my own team.",
        "I want to get better at giving feedback that is specific enough to act on.",
        "Preparing for these sessions makes me prepare better for my own with {mentor}.",
        "Passing on what I was given feels like the right way to repay it.",
    ),
}

# -- short items (lists, titles, notes) -------------------------------------

QUESTIONS = (
    "How do I ask for more scope without sounding impatient?",
    "What would you do about the {project} deadline?",
    "How did you decide between specialising and going broad?",
    "How do I give feedback to someone more senior than me?",
    "Is it a bad sign that I dread the weekly planning meeting?",
    "How do I make my work on the {project} visible?",
    "What should I be reading or practising this quarter?",
    "Who else should I be talking to about moving into this area?",
    "How do I handle {colleague} interrupting in meetings?",
    "Am I ready to lead a small project, and how would I know?",
    "How do you keep motivated when a project drags on?",
    "What does a strong promotion case look like here?",
)
MENTOR_AGENDA = (
    "Check in on last session's actions",
    "How is the {project} going?",
    "Talk through the feedback from {mentee}'s manager",
    "Practise the opening of the upcoming presentation",
    "Map {mentee}'s network: who to meet next",
    "Revisit the six-month goal",
    "Discuss how decisions are made on the {team}",
    "Energy and workload check",
    "Ask what {mentee} wants from these sessions now",
)
TAKEAWAYS = (
    "Lead with the recommendation",
    "Write wins down weekly",
    "Ask for feedback on one specific thing",
    "Book the hard conversation this week",
    "Keep two focus mornings",
    "One small step beats a big plan",
    "Follow up on introductions within two days",
    "Disagree in private, commit in public",
    "Prepare the first two minutes of any talk",
    "Check what success looks like before starting",
    "Say what will slip when taking on more",
    "Listen first, advise later",
)
ACTIONS_ME = (
    "Draft the one-page proposal for the {project}",
    "Ask {manager} for feedback on the last presentation",
    "Send a thank-you note to {colleague}",
    "Read the chapter on difficult conversations",
    "Write down three wins from this month",
    "Book a coffee with someone from the {team}",
    "Practise {skill} in the Thursday meeting",
    "Update my goals document",
    "Prepare questions for the next session",
    "Block two focus mornings in the calendar",
    "Share the draft with {colleague} before Friday",
    "Summarise the reorganisation notes for the {team}",
)
ACTIONS_MENTOR = (
    "Introduce me to a contact in product",
    "Send the article about structured feedback",
    "Share their old promotion case as an example",
    "Look at my draft proposal",
    "Ask around about the open role on the {team}",
)
ACTIONS_MENTEE = (
    "Write the project update in three sentences",
    "Ask their manager what 'ready for the next level' means",
    "List the people to meet this quarter",
    "Try one meeting without a laptop",
    "Prepare the first two minutes of the talk",
    "Reflect on what energised them this month",
    "Send the follow-up email after the stakeholder meeting",
)
ACTIONS_MENTOR_ME = (
    "Introduce {mentee} to {colleague}",
    "Send {mentee} the notes template I use",
    "Find a talk about career changes for {mentee}",
    "Review {mentee}'s draft presentation",
)
GOALS_ME = (
    "Lead the {project} from start to finish",
    "Give a talk at the company all-hands",
    "Get promoted to the next level",
    "Build a network of ten people outside my team",
    "Write and publish a design doc every quarter",
    "Reach level 7 in {skill}",
    "Run the {team} retrospectives for a quarter",
    "Move into a role closer to customers",
    "Mentor someone new to the company",
    "Speak at a local meetup",
    "Finish the management course",
    "Cut my meeting load by a third",
    "Present the {project} results to the leadership group",
    "Take a full week off without checking email",
)
GOALS_MENTEE = (
    "{mentee}: lead a small project",
    "{mentee}: prepare a promotion case",
    "{mentee}: present at the team demo",
    "{mentee}: build cross-team relationships",
    "{mentee}: decide on a specialisation",
)
WINS = (
    "Shipped the {project}",
    "Talk went well",
    "Proposal accepted",
    "Promoted",
    "Great feedback from {manager}",
    "Ran my first workshop",
    "Handled a tough escalation calmly",
    "New connection turned into a collaboration",
    "{mentee} got the role they wanted",
    "Said no and it was fine",
    "Finished the course",
    "Invited to review for the {team}",
)
RATING_NOTES = (
    "Felt steady in the meeting today.",
    "Better than last month, still rushed at the end.",
    "{mentor} said this was a clear step up.",
    "Feedback from the review was positive.",
    "Struggled with the follow-up questions.",
    "Practised twice this week.",
    "Peer feedback after the workshop.",
    "Small improvement, mostly preparation.",
    "",
    "",
)
CANCEL_REASONS = (
    "Moved: {who} was travelling.",
    "Cancelled because of a release crunch.",
    "Skipped: both of us were ill.",
    "Public holiday; we will catch up next time.",
)
PERSON_NOTES = {
    "mentor": "Met through {where}. Good at asking the question behind the question.",
    "mentee": "Joined the mentoring programme via {where}. Keen, a little hard on themselves.",
    "contact": "Met at {where}. Worth staying in touch with.",
}
WHERE = ("a conference", "the internal mentoring programme", "a former team", "a meetup",
         "a friend's introduction", "an online course", "a hackathon")

#: Reflection templates: key -> (title pattern, [(heading, pool keys)]).
TEMPLATES: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "after_session": (
        "After my session with {mentor}",
        (
            ("What we talked about", ("discussed",)),
            ("What I am taking away", ("takeaway", "try_next")),
            ("How I feel", ("feeling", "focus")),
        ),
    ),
    "weekly_review": (
        "Weekly review",
        (
            ("What went well", ("went_well", "made_possible")),
            ("What was hard", ("was_hard", "situation")),
            ("Focus for next week", ("focus", "try_next")),
        ),
    ),
    "new_perspective": (
        "A new perspective",
        (
            ("What I used to think", ("old_view",)),
            ("What changed", ("shift", "takeaway")),
            ("What I will try", ("try_next", "focus")),
        ),
    ),
    "workplace_situation": (
        "Workplace situation",
        (
            ("The situation", ("situation",)),
            ("How I handled it", ("handled",)),
            ("Next time", ("next_time", "try_next")),
        ),
    ),
    "win": (
        "A win worth writing down",
        (
            ("What happened", ("win_story", "went_well")),
            ("What made it possible", ("made_possible", "feeling")),
        ),
    ),
    "after_mentoring": (
        "Mentoring {mentee}",
        (
            ("How the session went", ("mentor_view",)),
            ("What I am learning as a mentor", ("mentor_learning",)),
        ),
    ),
}

"""Issue 11, rules of round 2's nineteenth session, from the fourth probe's error classes (capitals
that reacted, foreign namesakes where the sentence names the local city). Arabic sentences of our
own; for each rule the first rows fail without it, the others are its limits. Each group names its
class of the issue."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # class 3: an actor's demonym (البوارج الأمريكية) weighs less than a place for where the text is,
    # and the countryside of a town of the region (ريف حمص) vouches for it
    ("وقصفت البوارج الأمريكية قاعدة الشعيرات الجوية في ريف حمص فجر اليوم.", [("shelling", "Homs")]),
    # class 4: a word with a clitic that a gazetteer lists abroad (برجال "with men", Bargaal)
    ("وقال إن القرار سيمكن من حماية برجال ونساء قواتنا المسلحة بعد الهجوم الإرهابي.", []),
    # class 8: capitals that welcomed, praised or criticised a strike are where it was reacted to
    ("وقصفت البوارج الأمريكية قاعدة الشعيرات الجوية في ريف حمص فجر اليوم. أما في لندن وباريس وأنقرة "
     "فقد رحبت الحكومات بالضربة واعتبرتها ردا متناسبا.", [("shelling", "Homs")]),
    ("وقصف الطيران الحربي مدينة إدلب أمس. وفي القاهرة انتقدت الخارجية المصرية القصف.",
     [("airstrike", "Idlib")]),
    # ... and a reaction's next clause (فيما دعا … من نيويورك) is another speaker's, not the site
    ("وفي واشنطن، رحب وزير الخارجية الأمريكي ببدء المحادثات، فيما دعا الأمين العام للأمم المتحدة "
     "من نيويورك إلى عدم تضييع الفرصة.", []),
    # limits: the place after the reacted-to trigger, in its own clause, is still its site; without
    # a reaction, the next clause's place is another happening's
    ("ورحبت المعارضة بالغارات على مدينة الرقة.", [("airstrike", "Ar Raqqah")]),
    ("وشن الطيران الحربي غارات على مدينة الرقة، فيما تواصلت الاشتباكات في مدينة الحسكة.",
     [("airstrike", "Ar Raqqah"), ("battle", "Al Ḩasakah")]),
    # class 4: قواعد الاشتباك is rules of engagement, no clash
    ("وقال المتحدث باسم التحالف في الرياض إن قواته تلتزم بقواعد الاشتباك.", []),
    # class 3: a name with a cue word said to lie in a city of another country is a place the
    # gazetteer lacks in that city (منطقة الجيزة البحرية في سرت), not the namesake abroad; a hall
    # named after a capital (مجمع قاعات واغادوغو) lies where the sentence puts it
    ("وفجر انتحاري سيارة مفخخة عند تجمع للقوات في منطقة الجيزة البحرية في سرت.", [("explosion", "Sirte")]),
    ("وسيطرت القوات على مجمع قاعات واغادوغو للمؤتمرات وسط مدينة سرت بعد اشتباكات عنيفة.",
     [("territory", "Sirte")]),
    # ... and an adjective ends such a name before the city (حي القادسية الثانية بشرق الموصل)
    ("وخاضت القوات معارك شوارع مع مقاتلي التنظيم في حي القادسية الثانية بشرق الموصل.", [("battle", "Mosul")]),
    # limits: a known place in the same country keeps its reading
    ("وانفجرت قذيفة في منطقة جوبر في دمشق.", [("shelling", "Jobar")]),
])
def test_drawn(gaz, text, expected):
    assert drawn(gaz, text) == expected

"""Issue 11, rules of round 2's seventeenth session, from the dev halves, a 6,000-article corpus diff
and second readers' reports in house styles geomap was not tuned on. Arabic sentences of our own;
for each rule the first rows fail without it, the others are its limits. Each group names its class
of the issue."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # class 8: the dateline's city (بيروت (رويترز) - …، واس- الرياض: …) is where the report was filed
    # from, not where it happened: a Syrian village's strike was drawn in Beirut, the coalition's strikes in Riyadh
    ("بيروت (رويترز) - قال عمال إنقاذ إن 12 مدنيا قتلوا يوم الأحد في غارات جوية على بلدات في ريف إدلب الجنوبي.",
     [("airstrike", "Idlib")]),
    ("واس- الرياض: نفذت قوات التحالف تسع ضربات جوية على مواقع لداعش قرب مدينة الحسكة.",
     [("airstrike", "Al Ḩasakah")]),
    ("خالد علي- سبق- جدة: اعتقلت شرطة ولاية نيوجيرسي الأمريكية شابا سعوديا بتهمة ضرب رجل.", []),
    ("القاهرة - قتل جندي في هجوم مسلح على كمين أمني في العريش.", [("battle", "Arīsh")]),
    # limits: a place that opens the text without a dateline's dash or colon is a place of the sentence,
    # and a dateline still tells which city a neighbourhood is in
    ("حلب شهدت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة.", [("battle", "Aleppo")]),
    ("حلب: اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في حي صلاح الدين.", [("battle", "Aleppo")]),
    ("رويترز - بنغازي (ليبيا): قال تنظيم داعش إنه خطف ثلاثة مسيحيين في بلدة النوفلية جنوب شرقي مدينة سرت.",
     [("abduction", "Nofaliya")]),
    # class 4: البو opens an Iraqi clan's or village's name (البو نمر، البو صالح); alone it is Aalborg in GeoNames,
    # and the village of a clan was drawn in Denmark
    ("وهاجم مسلحو داعش قرية البو نمر غرب الرمادي.", [("battle", "Ramadi")]),
    ("وقال مصدر أمني إن عبوة ناسفة انفجرت صباح اليوم على سيارة مختار قرية البو صالح في قضاء طوزخورماتو.",
     [("explosion", "Ţūz Khūrmātū")]),
    # class 4: an observation post (نقطة مراقبة) is no place named مراقبة (read as Kfar Shouba, Lebanon)
    ("وصدت قوات الحشد الشعبي ليلة أمس هجوما لعناصر داعش على نقطة مراقبة في منطقة مطيبيجة شرقي سامراء.",
     [("battle", "Sāmarrā’")]),
])
def test_drawn(gaz, text, expected):
    assert drawn(gaz, text) == expected

"""Words the explanation frame itself uses (headings, the sources section)."""

MESSAGES = {
    "{result:yen}": "{result:yen}",
    "Question": "質問",
    "Result": "結果",
    "Rules applied": "適用した規定",
    "How it was decided": "判断の根拠",
    "Sources": "出典",
    "Interpretation (the source is ambiguous here; this is the reading the library takes)": (
        "解釈(原文が曖昧なため、本ライブラリが採る読み方)"
    ),
    "The other reading (not followed)": "採らなかった読み方",
    "Note (the source is unclear here)": "原文の不明確な点",
    "No sentence of the source states this rule; the rule as the library states it": (
        "原文にこの規定を述べる一文はない。本ライブラリによる規定の要旨"
    ),
}

"""着信転送サービスの料金(FWD-1)の説明文。"""

MESSAGES = {
    "installed on its own: {monthly:yen} a month and {construction:yen} for construction, tax included": (
        "単独での工事: 月額{monthly:yen}、工事費{construction:yen}(いずれも税込)"
    ),
    "installed together with 「So-net 光 電話」: {monthly:yen} a month; the construction fee ({construction:yen} "
    "otherwise) is reduced to an amount the source does not give, so it is unknown": (
        "「So-net 光 電話」と同時工事: 月額{monthly:yen}。工事費(通常{construction:yen})は減額されるが、"
        "減額後の金額は原文に記載がないため不明"
    ),
    "What does call forwarding cost? Installed together with 「So-net 光 電話」: {with_hikari_denwa}": (
        "着信転送サービスの料金はいくらか(「So-net 光 電話」と同時工事: {with_hikari_denwa})"
    ),
    "monthly fee": "月額料金",
    "construction fee": "工事費",
}

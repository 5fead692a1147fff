"""請求明細のプレビューと全期間の明細(preview, timeline)の説明文。"""

MESSAGES = {
    # what a statement is made of
    "So-net's own bill": "So-netからの直接請求",
    "the phone bill (NTT請求)": "電話料金合算(NTT請求)",
    "the NTT Finance bill of the フレッツ line": "フレッツ回線のNTTファイナンスの請求",
    "the plan's monthly charge": "プランの月額料金",
    "construction fee installment": "初期工事費の分割払い",
    "call forwarding monthly fee": "着信転送サービスの月額料金",
    "call forwarding construction fee": "着信転送サービスの工事費",
    "monthly flat-rate service (まとめて支払い)": "月額定額サービス(まとめて支払い)",
    "per-use purchase (まとめて支払い)": "都度課金の購入(まとめて支払い)",
    "the sources do not say whether the month service starts is charged in full, prorated or free "
    "(give it as an input)": "サービス開始月が満額・日割り・無料のいずれかは原文に記載がない(入力として与える)",
    "installed together with So-net 光's phone service (So-net 光 電話), the call forwarding construction fee "
    "is reduced to an amount the source does not give": (
        "「So-net 光 電話」と同時工事の着信転送工事費は減額されるが、金額は原文に記載がない"
    ),
    "the Passport guide does not say which month's NTT Finance bill carries a month's charges (まとめて支払い)": (
        "ある月のまとめて支払い料金がどの月のNTTファイナンスの請求に載るかは原文に記載がない"
    ),
    "an amount of the month is unknown, so whether the So-net charges exceed the cap is unknown": (
        "その月の金額に不明なものがあるため、So-netの料金がNTT請求の上限を超えるかどうか分からない"
    ),
    "the cap's other reading splits the month's total between the phone bill and So-net's own bill, "
    "not item by item": "上限の別の読み方では月の合計が電話料金合算と直接請求に分かれ、明細ごとには分けられない",
    "the rules give no collection date for this bill": "この請求の支払日は規定から計算できない",
    "the sources do not say how So-net collects what it bills directly above the cap": (
        "上限を超えてSo-netが直接請求する分の支払方法は原文に記載がない"
    ),
    "no So-net charge goes on the phone bill this month": "この月は電話料金合算で請求するSo-netの料金はない",
    "within the cap: all of it on the phone bill": "上限以内のため、全額を電話料金合算で請求",
    "above the cap: So-net bills all of it directly (the library's reading)": (
        "上限を超えるため、So-netが全額を直接請求(本ライブラリの読み方)"
    ),
    "above the cap: the excess is billed directly (the other reading)": (
        "上限を超えるため、超過分を直接請求(別の読み方)"
    ),
    "an amount is unknown, so the cap decision is unknown": "金額に不明なものがあるため、上限の判定は不明",
    "bill": "請求先",
    "rules": "規定",
    "what is unknown": "不明な点",
    "service": "サービス",
    "purchase number": "購入番号",
    "collection date": "支払日",
    "line label": "明細の表示名",
    "items": "明細",
    "So-net charges before the cap": "上限適用前のSo-net料金",
    "the cap": "上限の判定",
    "bills": "請求",
    "month on So-net's bill": "So-netの請求の対象月",
    "statements": "明細書",
    "withdrawal month": "退会月",
    "completion month": "退会完了月",
    "NTT Finance charges continue": "NTTファイナンスの請求が続く",
    # the preview's own decisions
    "{month} is the month service starts: the sources do not say whether it is charged in full, prorated or "
    "free, so its amount is unknown": (
        "{month}はサービス開始月で、満額・日割り・無料のいずれかは原文に記載がないため、金額は不明"
    ),
    "{month} is the month service starts: it is charged the amount given, {amount:yen}": (
        "{month}はサービス開始月で、指定された金額{amount:yen}を請求する"
    ),
    "the {kind} of {amount:yen} arose when withdrawal completed, as {charge_month}'s charge: it is on the "
    "statement of {billing_month}": (
        "{kind}{amount:yen}は退会完了時に{charge_month}分として発生し、{billing_month}の請求に載る"
    ),
    "an amount of the So-net charges billed in {billing_month} is unknown, so whether they exceed the cap is unknown": (
        "{billing_month}請求分のSo-netの料金に不明な金額があるため、上限を超えるかどうか分からない"
    ),
    "What must the bills of {billing_month} contain, for the subscriber whose service started on "
    "{subscriber.service_start}?": (
        "サービス開始日が{subscriber.service_start}の契約者の、{billing_month}の請求に載るべき明細は何か"
    ),
    "What are the statements, from the first bill on, of the subscriber whose service started on "
    "{subscriber.service_start}?": (
        "サービス開始日が{subscriber.service_start}の契約者の、最初の請求からの明細書はどうなるか"
    ),
}

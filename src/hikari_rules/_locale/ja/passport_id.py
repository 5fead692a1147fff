"""フレッツ・パスポートIDとフレッツ・まとめて支払い(PID-1..9)の説明文。"""

MESSAGES = {
    # -- PID-1
    "{service} is one of the two access services that can use a Passport ID (Flets Hikari Next and Flets Hikari "
    "Light only)": (
        "{service}はフレッツ・パスポートIDを利用できるサービス(フレッツ 光ネクスト・フレッツ 光ライトのみ)に当たる"
    ),
    "{service} is not one of the access services that can use a Passport ID (Flets Hikari Next and Flets Hikari "
    "Light only)": (
        "{service}はフレッツ・パスポートIDを利用できるサービス(フレッツ 光ネクスト・フレッツ 光ライトのみ)に当たらない"
    ),
    "Can a customer of {service} use a Passport ID?": "{service}の契約者はフレッツ・パスポートIDを利用できるか",
    "Flets Hikari Next": "フレッツ 光ネクスト",
    "Flets Hikari Light": "フレッツ 光ライト",
    "Flets Hikari Premium": "フレッツ 光プレミアム",
    # -- PID-2
    "{on} is before {closed_on}: {what} is still possible": "{on}は{closed_on}より前のため、{what}ができる",
    "{what} ended in December 2024: it is no longer possible on {on}": (
        "{what}は2024年12月で終了したため、{on}にはできない"
    ),
    "Can a new Passport ID be registered on {on}?": "{on}にフレッツ・パスポートIDを新規登録できるか",
    "Can the registered information be changed on {on}?": "{on}に登録情報を変更できるか",
    "registering a new Passport ID": "フレッツ・パスポートIDの新規登録",
    "changing the registered information": "登録情報の変更",
    # -- PID-3
    "{used:yen} used this billing month + {price:yen} = {total:yen}, within the usage limit of {limit:yen}: "
    "the purchase is allowed": (
        "今月の利用済み額{used:yen}+購入額{price:yen}={total:yen}で、ご利用限度額{limit:yen}以内のため購入できる"
    ),
    "{used:yen} used this billing month + {price:yen} = {total:yen}, over the usage limit of {limit:yen}: "
    "the purchase is refused": (
        "今月の利用済み額{used:yen}+購入額{price:yen}={total:yen}で、ご利用限度額{limit:yen}を超えるため購入できない"
    ),
    "the limits of the {count} Passport IDs add up to {total:yen}, within the line's limit of {line_limit:yen}": (
        "フレッツ・パスポートID {count}件の利用限度額の合計は{total:yen}で、契約回線の利用限度額{line_limit:yen}以内"
    ),
    "the limits of the {count} Passport IDs add up to {total:yen}, more than the line's limit of {line_limit:yen}": (
        "フレッツ・パスポートID {count}件の利用限度額の合計は{total:yen}で、"
        "契約回線の利用限度額{line_limit:yen}を超える"
    ),
    "Can a Passport ID whose status is {status} buy something for {price:yen}, having used "
    "{used_this_month:yen} of its {limit:yen} limit this month?": (
        "ご利用状況が「{status}」のフレッツ・パスポートIDで、今月ご利用限度額{limit:yen}のうち{used_this_month:yen}を"
        "利用済みのとき、{price:yen}の購入ができるか"
    ),
    "Do the limits of the Passport IDs ({id_limits}) fit within the line's limit of {line_limit:yen}?": (
        "フレッツ・パスポートIDごとの利用限度額({id_limits})の合計は、契約回線の利用限度額{line_limit:yen}以内か"
    ),
    # -- PID-4
    "the ID's status is {status}: an ID in use may purchase": "ご利用状況は「{status}」のため、購入できる",
    "the ID's status is {status}: only an ID in use (利用中) may purchase": (
        "ご利用状況は「{status}」のため購入できない(購入できるのは利用中のIDだけ)"
    ),
    "in use (利用中)": "利用中",
    "registering (登録中)": "登録中",
    "not used (未利用)": "未利用",
    "restricted (規制中)": "規制中",
    # -- PID-5
    "after {change}, with the customer ID {id_state}, purchases and the billing of purchased services {outcome}": (
        "{change}(お客様ID{id_state})の場合、有料サービスの購入や購入済有料サービスの請求は{outcome}"
    ),
    "purchased monthly subscriptions are cancelled automatically and the Passport ID is deleted (it cannot be "
    "registered again: registration closed in December 2024)": (
        "購入済有料サービス(月額課金)は自動的に解約され、フレッツ・パスポートIDも削除される"
        "(2024年12月で新規登録は終了しており、再登録はできない)"
    ),
    "the usage-restriction settings carry over": "ご利用規制の設定は引き継がれる",
    "Do purchases and billing continue after {change} of the Flets line (customer ID changed: "
    "{customer_id_changed})?": (
        "フレッツ回線の{change}(お客様IDの変更: {customer_id_changed})の後も、有料サービスの購入や請求を継続できるか"
    ),
    "What happens to consolidated payment after {change} of the Flets line (customer ID changed: "
    "{customer_id_changed})?": (
        "フレッツ回線の{change}(お客様IDの変更: {customer_id_changed})の後、フレッツ・まとめて支払いはどうなるか"
    ),
    "purchases and billing continue: {result.continues}; monthly subscriptions cancelled: "
    "{result.monthly_subscriptions_cancelled}; Passport ID deleted: {result.passport_id_deleted}; "
    "restriction settings carried over: {result.restriction_settings_carried_over}": (
        "購入・請求の継続: {result.continues}、月額課金の自動解約: {result.monthly_subscriptions_cancelled}、"
        "フレッツ・パスポートIDの削除: {result.passport_id_deleted}、"
        "ご利用規制の設定の引き継ぎ: {result.restriction_settings_carried_over}"
    ),
    "unchanged": "変更なし",
    "changed": "変更あり",
    "continue": "継続できる",
    "cannot continue": "継続できない",
    "a relocation": "設置場所変更",
    "an item change": "品目変更",
    "a type change (フレッツ 光ネクスト ⇔ フレッツ 光プレミアム)": (
        "種別の変更(フレッツ 光ネクスト⇔フレッツ 光プレミアム)"
    ),
    "a cancellation": "解約",
    "a succession": "継承",
    "a rename": "改称",
    "a move into NTT East's area (treated as a cancellation)": "NTT東日本エリアへのお引越し(解約と同様の扱い)",
    "purchases and billing continue": "購入・請求の継続",
    "monthly subscriptions cancelled": "月額課金の自動解約",
    "Passport ID deleted": "フレッツ・パスポートIDの削除",
    "restriction settings carried over": "ご利用規制の設定の引き継ぎ",
    "note": "補足",
    "note in Japanese": "補足(日本語)",
    # -- PID-6
    "after {change}, purchases and billing through consolidated payment (まとめて支払い) {outcome}": (
        "{change}の場合、フレッツ・まとめて支払いでの購入や請求は{outcome}"
    ),
    "Does consolidated payment (まとめて支払い) continue after {change}?": (
        "{change}の後も、フレッツ・まとめて支払いを継続して利用できるか"
    ),
    "a change of the line's phone number (renumbering)": "回線の電話番号の変更(改番)",
    "a change of the billing phone number (to a same-name line at the same premises)": (
        "請求先電話番号の変更(同じ利用場所にある同一名義の電話回線に限る)"
    ),
    'a switch to paying by the 10-digit customer number starting "00"': (
        "「00」から始まる10桁のお客さま請求番号での支払いへの変更"
    ),
    "a switch to Flets wide-area bulk billing (フレッツ広域一括請求)": "フレッツ広域一括請求への変更",
    # -- PID-7
    '"{value}" is a {kind}: "{prefix}" followed by {count} half-width digits': (
        "「{value}」は{kind}の形式(「{prefix}」と半角数字{count}桁)に合う"
    ),
    '"{value}" is not a {kind}: it does not start with "{prefix}"': (
        "「{value}」は「{prefix}」で始まらないため、{kind}ではない"
    ),
    '"{value}" is not a {kind}: {n} characters follow "{prefix}", not {count}': (
        "「{value}」は「{prefix}」の後が{count}桁ではなく{n}文字のため、{kind}ではない"
    ),
    '"{value}" is not a {kind}: the characters after "{prefix}" are not all half-width digits (0–9)': (
        "「{value}」は「{prefix}」の後がすべて半角数字(0〜9)ではないため、{kind}ではない"
    ),
    '"{value}" can be a Passport ID: {n} half-width letters and digits (4 to 60)': (
        "「{value}」は半角英数字{n}文字(4〜60文字)のため、フレッツ・パスポートIDの形式に合う"
    ),
    '"{value}" cannot be a Passport ID: {n} characters, not 4 to 60': (
        "「{value}」は{n}文字で4〜60文字に当たらないため、フレッツ・パスポートIDの形式に合わない"
    ),
    '"{value}" cannot be a Passport ID: it has a character other than half-width letters and digits (A–Z, a–z, 0–9)': (
        "「{value}」には半角英数字(A〜Z・a〜z・0〜9)以外の文字があるため、フレッツ・パスポートIDの形式に合わない"
    ),
    'Is "{s}" a customer ID (お客さまID)?': "「{s}」はお客さまIDか",
    'Is "{s}" a billing customer number (お客さま番号)?': "「{s}」はお客さま番号か",
    'Can "{s}" be a Passport ID?': "「{s}」はフレッツ・パスポートIDの形式に合うか",
    "customer ID (お客さまID)": "お客さまID",
    "billing customer number (お客さま番号)": "お客さま番号",
    # -- PID-8
    "the charges are added to the monthly bill of the Flets line's charges, paid {payment}, and shown there as "
    "「{item}」": ("フレッツの利用料金の毎月の請求書等({payment})に合算して請求され、「{item}」と表示される"),
    "with NTT Finance's bundled billing (おまとめ請求), they follow the representative line's billing schedule": (
        "NTTファイナンスの「おまとめ請求」では、代表回線の請求スケジュールにあわせて請求される"
    ),
    "Where are the consolidated-payment charges billed, for a Flets line paid {payment} "
    "(NTT Finance's bundled billing: {omatome_billing})?": (
        "フレッツ回線の支払方法が{payment}のとき、フレッツ・まとめて支払いの料金はどこに請求されるか"
        "(NTTファイナンスのおまとめ請求: {omatome_billing})"
    ),
    "added to the Flets line's bill as 「{result.line_item}」 (following the representative line's "
    "schedule: {result.follows_representative_line})": (
        "フレッツの利用料金の請求に「{result.line_item}」として合算(代表回線の請求スケジュールに従う: "
        "{result.follows_representative_line})"
    ),
    "together with the phone line's bill": "電話回線等の請求書との合算",
    'separately, by the 10-digit customer number starting "00"': ("「00」から始まる10桁のお客さま番号による個別払い"),
    "by Flets wide-area bulk billing (フレッツ広域一括請求)": "フレッツ広域一括請求",
    "the Flets line is paid": "フレッツ回線の支払方法",
    "line item": "内訳項目",
    "where on the bill": "請求書での表示箇所",
    "follows the representative line's schedule": "代表回線の請求スケジュールに従う",
    # -- PID-9
    "every application is {state}: the screen shows that status": (
        "申込の状態はすべて「{state}」のため、ご利用状況の画面にはそのまま表示される"
    ),
    "one of the applications ({states}) is in use: the screen shows 「利用中」, and the detail page shows each": (
        "申込の状態({states})の一つが利用中のため、ご利用状況の画面には「利用中」と表示される(詳細画面で個々の状態を確認できる)"
    ),
    "none of the applications ({states}) is in use, and the guide does not say what the screen shows for this "
    "mixture: unknown": (
        "申込の状態({states})に利用中がなく、この組み合わせで何が表示されるかはガイドに記載がないため不明"
    ),
    "Which status does the usage-status screen show for a service whose applications are: {states}?": (
        "申込の状態が{states}のサービスについて、ご利用状況の画面には何と表示されるか"
    ),
    "being changed (変更中)": "変更中",
    "being ended (廃止中)": "廃止中",
    "ended (廃止済み)": "廃止済み",
}

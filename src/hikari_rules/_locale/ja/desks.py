"""窓口の受付時間(DESK-1)の説明文。"""

MESSAGES = {
    "{desk} ({number}) takes calls from {opens} to {closes} JST; closed on: {closed}": (
        "{desk}({number})の受付時間は{opens}から{closes}まで(日本時間)、休業日は{closed}"
    ),
    "{desk} takes chats from {opens} to {closes} JST; the source names no closed day": (
        "{desk}の受付時間は{opens}から{closes}まで(日本時間)。出典に休業日の記載はない"
    ),
    "{day} is a Saturday, a closed day of {desk}": "{day}は土曜日で、{desk}の休業日",
    "{day} is a Sunday, a closed day of {desk}": "{day}は日曜日で、{desk}の休業日",
    "{day} is a public holiday ({day:holiday}), a closed day of {desk}": (
        "{day}は祝日({day:holiday})で、{desk}の休業日"
    ),
    "{day} falls in the year-end closure (29 December – 3 January) of {desk}": (
        "{day}は{desk}の年末年始の休業期間(12月29日〜1月3日)"
    ),
    "{day} is a closed day of {desk}, which closes on 1 and 2 January": "{day}は{desk}の休業日(1月1日・2日は休業)",
    "{at} is before the opening time, {opens}: the desk is not open yet": (
        "{at}は受付開始の{opens}より前のため、まだ受け付けていない"
    ),
    "{at} is at or after the closing time, {closes} (the closing time itself is closed): the desk is closed": (
        "{at}は受付終了の{closes}以降のため、受付時間外(終了時刻ちょうども受付時間外)"
    ),
    "{at} is within the hours of an open day: the desk is open": "{at}は受付日の受付時間内のため、受付中",
    "the desk is open at {at}, so the next opening is that instant itself": (
        "{at}は受付中のため、その時点がそのまま次の受付開始"
    ),
    "the desk opens at {result} the same day": "同じ日の{result}に受付を開始する",
    "the first business day from {day} is {next_day} (Saturdays, Sundays, public holidays and 29 December – "
    "3 January are skipped): the desk next opens at {result}": (
        "{day}以降の最初の営業日は{next_day}(土日・祝日・12月29日〜1月3日を除く)のため、次の受付開始は{result}"
    ),
    "the first day from {day} on which the desk opens is {next_day}: it opens at {result}": (
        "{day}以降で最初の受付日は{next_day}のため、次の受付開始は{result}"
    ),
    "caveat: {desk} is also closed on maintenance days that So-net sets and does not publish; the library cannot "
    "know them and answers by the published hours. The approval number arrives by e-mail or SMS about two hours "
    "after the call (an estimate, not a deadline)": (
        "注意: {desk}はSo-netが指定するメンテナンス日も休業するが、その日は公表されていないため"
        "本ライブラリには分からず、掲載の受付時間どおりに答える。事業者変更承諾番号は電話の約2時間後にメールまたはSMSで届く(目安であり期限ではない)"
    ),
    "caveat: the source gives the hours of {desk} but not its days, so every day is taken as open; holidays or "
    "year-end closures, if any, are unknown": (
        "注意: 受付日の記載なし。出典は{desk}の受付時間のみを示し受付日を示していないため、毎日受付とみなす。"
        "祝日や年末年始の休業の有無は不明"
    ),
    "caveat: the source lists Saturdays, Sundays and public holidays as closed and names no year-end closure, so "
    "weekdays from 29 December to 3 January that are not public holidays count as open": (
        "注意: 出典は「土日祝日休み」とだけ記し年末年始の休業を挙げていないため、"
        "12月29日〜1月3日の祝日でない平日は受付とみなす"
    ),
    "Does {desk} take calls at {at}?": "{desk}は{at}に受け付けているか",
    "When does {desk} next take calls, from {at} on?": "{at}以降で、{desk}が次に受け付けるのはいつか",
    # labels
    "the NTT Finance user support centre": "NTTファイナンス ユーザーサポートセンター",
    "So-net's desk for switch-of-operator approval numbers (事業者変更承諾番号)": "So-net 事業者変更承諾番号の窓口",
    "So-net's chat": "So-netのチャット",
    "So-net's desk for corporate contracts": "So-net 法人向け窓口",
    "the So-net 光 construction coordination office (工事調整事務局)": "So-net 光 工事調整事務局",
    "NTT West's desk for customer IDs and access keys": "NTT西日本 お客さまID・アクセスキーの窓口",
    "the NTT docomo business contact centre": "NTTドコモビジネスコンタクトセンター",
    "the NTT docomo business billing customer centre (ビリングカスタマセンタ)": "ビリングカスタマセンタ",
    "Saturdays": "土曜日",
    "Sundays": "日曜日",
    "public holidays": "祝日",
    "the year-end closure (29 December – 3 January)": "年末年始(12月29日〜1月3日)",
    "1 and 2 January": "1月1日・2日",
    "maintenance days not published": "So-netが指定するメンテナンス日(非公表)",
    "days not stated": "受付日の記載なし",
    "no year-end closure stated": "年末年始の休業の記載なし",
}

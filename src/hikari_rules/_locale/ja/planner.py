"""退会プランナー(いつ申請し、退会にいくらかかるか)の説明文。

退会手続きの列挙値(申請者・申請方法・地域)のラベルとその訳は withdrawal の側にある。
"""

MESSAGES = {
    # the planner's enums
    "a withdrawal": "退会",
    "a switch of operator": "事業者変更",
    "the last month's charges": "最終月の料金",
    "the cancellation fee": "解約金",
    "the construction-fee balance": "工事費の残債",
    "the minimum-usage penalty": "最低利用期間の違約金",
    "the plan's monthly charge was not given": "プランの月額料金が与えられていない",
    "the sources do not say what the month service starts costs, and it was not given": (
        "サービス開始月の料金は原文に記載がなく、与えられてもいない"
    ),
    "the sources give no collection date for this payment method": "この支払方法の支払日は原文から計算できない",
    # field labels
    "service start": "サービス開始日",
    "payment method": "支払方法",
    "monthly charge": "月額料金",
    "first month's charge": "開始月の料金",
    "contract term": "契約期間",
    "application date": "申込日",
    "dwelling": "住居タイプ",
    "minimum usage period": "最低利用期間",
    "construction installments": "工事費の分割払い",
    "applicant": "申請者",
    "channels": "申請方法",
    "area": "エリア",
    "removal": "撤去工事",
    "number to keep": "継続する電話番号",
    "reversion expected on": "アナログ戻しの完了予定日",
    "leaving by": "退会の方法",
    "channel": "申請方法",
    "from": "開始",
    "until": "期限",
    "earliest removal": "撤去工事の最短日",
    "latest removal": "撤去工事の最終日",
    "reversion by": "アナログ戻しの完了期限(退会月を保つ)",
    "deadline": "75日の期限",
    "number kept": "番号の継続",
    "item": "項目",
    "amount": "金額",
    "charged for": "対象月",
    "billed in": "請求月",
    "collected on": "支払日",
    "unknown": "不明な点",
    "requested month": "退会希望月",
    "withdrawal month": "退会月",
    "contract month": "契約月数",
    "last day": "最終日",
    "apply": "申請",
    "removal construction": "撤去工事",
    "number": "電話番号",
    "cancellation fee": "解約金",
    "minimum-usage penalty": "最低利用期間の違約金",
    "construction-fee balance": "工事費の残債",
    "monthly charges": "月額料金",
    "total": "合計",
    "completion": "退会完了",
    "last bills": "最後の請求",
    "last bill": "最後の請求月",
    "My Page until": "マイページ利用期限",
    "today": "本日",
    "options": "選択肢",
    "cheapest": "最安",
    "next without the cancellation fee": "次に解約金なしで退会できる月",
    # WD-1, WD-3, WD-5
    "to withdraw at the {month:end} {channel}, apply from {first_day} to {last_day}: an application in {month} "
    "or in the month before can choose it": (
        "{month:end}で退会するには、{first_day}から{last_day}までに{channel}申請する({month}かその前月の申請で選べる)"
    ),
    "it is too late to withdraw at the {month:end} {channel}: the last day to apply was {last_day}": (
        "{channel}の申請では{month:end}の退会にはもう間に合わない(申請の期限は{last_day})"
    ),
    "to withdraw at the {month:end} in writing, the form must reach So-net by {last_day} (the arrival date counts)": (
        "書面で{month:end}に退会するには、{last_day}までに退会申請書がSo-netに届く必要がある(到着日で判断)"
    ),
    "removal construction can be requested from {lead} days after the application in {region}: to have it done "
    "by {latest} and keep the {month:end}, apply {channel} by {last_day}": (
        "{region}では撤去工事の希望日は申請の{lead}日後から。{latest}までに工事を終えて{month:end}の退会とするには、"
        "{last_day}までに{channel}申請する"
    ),
    "removal construction completed from {earliest} to {latest} keeps the {month:end} as the withdrawal month": (
        "撤去工事が{earliest}から{latest}までに完了すれば、退会月は{month:end}のまま"
    ),
    "on a switch of operator the month the line opens at the new operator is the withdrawal month: for the "
    "{month:end}, it must open from {first_day} to {last_day}": (
        "事業者変更では移行先で開通した月(事業者変更日の月)が退会月となる。{month:end}の退会とするには、"
        "{first_day}から{last_day}までに開通する必要がある"
    ),
    # DESK-1
    "the desk's last hour": "窓口の最終受付",
    "applying {channel} for the {month:end} is possible until {last_call}, the desk's last open hour by {last_day}": (
        "{month:end}の退会を{channel}申請できるのは、{last_day}までの窓口の最終受付{last_call}まで"
    ),
    "the desk is closed from {today} to {last_day}: it is too late to apply {channel} for the {month:end}": (
        "{today}から{last_day}まで窓口が休みのため、{channel}の申請では{month:end}の退会に間に合わない"
    ),
    # NUM-2, NUM-3
    "a reversion to an analog line completed by {reversion_by} keeps the {month:end}; completed later but by "
    "{deadline}, it holds the withdrawal to the month it completes": (
        "アナログ戻しが{reversion_by}までに完了すれば{month:end}の退会のまま。それ以降{deadline}までに完了する場合は、"
        "完了した月まで退会が延びる"
    ),
    "the reversion expected on {reversion} holds the withdrawal: asked for at the {requested:end}, it ends at the "
    "{month:end}": "アナログ戻しの完了予定が{reversion}のため、{requested:end}の希望でも退会は{month:end}となる",
    # FEE-2, FEE-1
    "withdrawing at the {month:end}: {monthly:yen} of monthly charges from {first} through {month}, and "
    "{one_off:yen} of one-off charges arising in {completion}, billed in {billing}: {total:yen} in all": (
        "{month:end}退会: {first}から{month}までの月額料金が{monthly:yen}、{completion}に発生し{billing}に"
        "請求される解約金等が{one_off:yen}、合計{total:yen}"
    ),
    "withdrawing at the {month:end}: {monthly:yen} of monthly charges from {first} through {month}, the last of "
    "them billed in {billing}, and no one-off charges: {total:yen} in all": (
        "{month:end}退会: {first}から{month}までの月額料金が{monthly:yen}(最後の請求は{billing})、"
        "解約金等はなく、合計{total:yen}"
    ),
    "withdrawing at the {month:end}: the monthly charges from {first} through {month} are not known ({why}); the "
    "one-off charges arising in {completion}, billed in {billing}, are {one_off:yen}": (
        "{month:end}退会: {first}から{month}までの月額料金は不明({why})。{completion}に発生し"
        "{billing}に請求される解約金等は{one_off:yen}"
    ),
    "of the months one can leave in, the {month:end} costs the least: {total:yen} in all": (
        "退会できる月のうち、{month:end}退会が最も安い(合計{total:yen})"
    ),
    "an amount is unknown ({why}), so no option can be named the cheapest": (
        "不明な金額がある({why})ため、最も安い退会月は決められない"
    ),
    "the next withdrawal without the cancellation fee is at the {month:end}, contract month {n}: "
    "the last day to act is {last_day}": "次に解約金なしで退会できるのは{month:end}(契約{n}カ月目)で、期限は{last_day}",
    "no withdrawal month without the cancellation fee can be reached from {first} through {last}": (
        "{first}から{last}までに、解約金なしで退会できる月はない"
    ),
    "today, {today}, is before the service start, {start}": "本日{today}はサービス開始日{start}より前",
    # the question and the answer
    "When can the subscriber leave, and what will it cost, seen from {today} with a {horizon}-month "
    "horizon (service start {contract.service_start})?": (
        "サービス開始日が{contract.service_start}の契約で、{today}から{horizon}カ月の間にいつ退会でき、いくらかかるか"
    ),
    "cheapest month: {result.cheapest_month:end} (total {result.cheapest_total:yen}); next month without the "
    "cancellation fee: {result.next_fee_free_month:end} (last day to act {result.next_fee_free_last_day})": (
        "最安の退会月: {result.cheapest_month:end}(合計{result.cheapest_total:yen})。次に解約金なしで退会できる月: "
        "{result.next_fee_free_month:end}(期限{result.next_fee_free_last_day})"
    ),
}

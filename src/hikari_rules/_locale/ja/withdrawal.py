"""退会の時期・番号の継続・退会後の請求(WD-1..8, NUM-1..3, FEE-2)の説明文。"""

MESSAGES = {
    # WD-1, WD-2, WD-3
    "applied for on {application_date}: withdrawal at the {first:end} or at the {second:end}, "
    "the last month charged in full (no proration)": (
        "{application_date}の申請のため、退会は{first:end}か{second:end}(最終月の料金は満額で、日割りなし)"
    ),
    "{applicant} may apply for withdrawal {channel}": "{applicant}は{channel}で退会を申請できる",
    "{applicant} may not apply for withdrawal {channel}: only {allowed}": (
        "{applicant}は{channel}で退会を申請できない(申請できるのは{allowed}のみ)"
    ),
    "the written application reached So-net on {arrived}, on or before the 20th: withdrawal at the "
    "{first:end} or later": "退会申請書が{arrived}(20日まで)にSo-netに届いたため、{first:end}以降で退会できる",
    "the written application reached So-net on {arrived}, the 21st or later: withdrawal at the {first:end} "
    "at the earliest (the posting date does not count)": (
        "退会申請書が{arrived}(21日以降)にSo-netに届いたため、退会できるのは{first:end}以降(消印日は考慮しない)"
    ),
    "an individual": "個人",
    "a corporate contract": "法人契約",
    "by phone": "電話",
    "on the web": "Web",
    "by chat": "チャット",
    "through LINE": "LINE",
    "in writing": "書面",
    "May {applicant} apply for withdrawal {channel}?": "{applicant}は{channel}で退会を申請できるか",
    "Which withdrawal months can {applicant} choose from, applying {channel} on {application_date}?": (
        "{applicant}が{application_date}に{channel}で申請すると、どの月末で退会できるか"
    ),
    "What is the earliest withdrawal month for {applicant} applying {channel} on {application_date}?": (
        "{applicant}が{application_date}に{channel}で申請すると、最短でいつ退会できるか"
    ),
    "{result:end}": "{result:end}",
    # WD-4
    "withdrawal at the {withdrawal_month:end} completes at {instant}: the completion month is {completion_month}": (
        "{withdrawal_month:end}の退会は{instant}に完了し、退会完了月は{completion_month}"
    ),
    "In which month does a withdrawal at the {withdrawal_month:end} complete?": (
        "{withdrawal_month:end}の退会は何月に完了するか(退会完了月)"
    ),
    "When does a withdrawal at the {withdrawal_month:end} complete?": "{withdrawal_month:end}の退会はいつ完了するか",
    # WD-5
    "in {region} removal construction can be requested from {days} days after the application on "
    "{application_date}: from {earliest}": (
        "{region}では撤去工事を申請日の{days}日後から希望できるため、{application_date}の申請なら{earliest}から"
    ),
    "removal construction was completed on {removal_completed_on}, later than the requested {requested_month}: "
    "the withdrawal month becomes the month of completion, {removal_month}, charged in full whether used or not": (
        "撤去工事が{removal_completed_on}に完了し、希望の{requested_month}より後のため、"
        "退会月は工事完了月の{removal_month}となる。利用の有無に関わらず、その月の料金は満額"
    ),
    "removal construction was completed on {removal_completed_on}, before the requested {requested_month}: "
    "the service ends earlier, in the month of completion, {removal_month} (interpretation), charged in full": (
        "撤去工事が{removal_completed_on}に完了し、希望の{requested_month}より前のため、"
        "退会が早まる。退会月は工事完了月の{removal_month}で(解釈)、その月の料金は満額"
    ),
    "removal construction was completed on {removal_completed_on}, in the requested month: the withdrawal "
    "month is the month of completion, {removal_month}, charged in full whether used or not": (
        "撤去工事が{removal_completed_on}に完了し、退会月は希望どおり工事完了月の{removal_month}。"
        "利用の有無に関わらず、その月の料金は満額"
    ),
    "NTT East's area": "NTT東日本のエリア",
    "NTT West's area": "NTT西日本のエリア",
    "From which day can removal construction be requested, for an application on {application_date} "
    "in {region}?": "{region}で{application_date}に申請すると、撤去工事はいつから希望できるか",
    # NUM-1
    "a number {origin} is kept on a switch of operator, with no reversion to an analog line": (
        "{origin}番号は、事業者変更ならアナログ戻しなしで継続できる"
    ),
    "a number {origin} can be kept, if the user applies to NTT to revert it to an analog line": (
        "{origin}番号は、ユーザー自身がNTTにアナログ戻しを申請すれば継続できる"
    ),
    "unknown: for a number {origin} the source says only that a switch of operator needs no reversion, "
    "not whether the number carries over": (
        "不明: 原文は事業者変更ならアナログ戻し不要と述べるだけで、{origin}番号が引き継がれるかは述べていない"
    ),
    "a number {origin} cannot be kept after withdrawal: only numbers first issued for an NTT "
    "analog line can": "{origin}番号は退会後に継続できない(継続できるのはNTTのアナログ電話で発番した番号だけ)",
    "a switch of operator needs no reversion to an analog line": "事業者変更ならアナログ戻しは不要",
    "to keep a number {origin}, the user must apply to NTT to revert it to an analog line before withdrawal "
    "completes": "{origin}番号を継続するには、退会完了前にユーザー自身がNTTにアナログ戻しを申請する必要がある",
    "a number {origin} cannot be kept by a reversion to an analog line": (
        "{origin}番号はアナログ戻しをしても継続できない"
    ),
    "first issued for an NTT analog line": "NTTのアナログ電話で発番した",
    "not first issued for an NTT analog line": "NTTのアナログ電話以外で発番した",
    "Can a number {origin} be kept after withdrawal (switch of operator: {operator_switch})?": (
        "{origin}番号を退会後も継続できるか(事業者変更: {operator_switch})"
    ),
    "Does keeping a number {origin} need a reversion to an analog line (switch of operator: {operator_switch})?": (
        "{origin}番号を継続するにはアナログ戻しが必要か(事業者変更: {operator_switch})"
    ),
    # NUM-3
    "the reversion must complete within {days} days of the application on {application_date}; the application "
    "day is not counted, so the deadline is {deadline}": (
        "アナログ戻しは{application_date}の退会申請から{days}日以内(初日不算入)に完了する必要があり、期限は{deadline}"
    ),
    "no reversion to an analog line: the number is lost when withdrawal completes, permanently": (
        "アナログ戻しをしないまま退会が完了すると番号は消滅し、復活できない"
    ),
    "the reversion completed on {reversion_completed_on}, by the deadline {deadline}: the number is kept": (
        "アナログ戻しが{reversion_completed_on}に完了し、期限の{deadline}に間に合ったため、番号は継続する"
    ),
    "the reversion completed on {reversion_completed_on}, after the deadline {deadline}: the number is lost, "
    "permanently": (
        "アナログ戻しの完了({reversion_completed_on})が期限の{deadline}を過ぎたため、番号は消滅し、復活できない"
    ),
    "By which day must the reversion to an analog line complete, for a withdrawal applied for on "
    "{application_date}?": "{application_date}に退会を申請した場合、アナログ戻しはいつまでに完了する必要があるか",
    "Is the number kept, for a withdrawal applied for on {application_date} "
    "(reversion to an analog line completed on: {reversion_completed_on})?": (
        "{application_date}に退会を申請した場合、番号は継続するか(アナログ戻しの完了日: {reversion_completed_on})"
    ),
    # NUM-2 and the effective withdrawal month
    "the user asked to withdraw at the {requested_month:end}": "{requested_month:end}で退会を希望",
    "the reversion to an analog line completed on {reversion_completed_on}; no application date was given, "
    "so the 75-day deadline was not checked": (
        "アナログ戻しは{reversion_completed_on}に完了(申請日の指定がないため、75日の期限は確認していない)"
    ),
    "the reversion to an analog line completed on {reversion_completed_on}, by the deadline {deadline}": (
        "アナログ戻しは{reversion_completed_on}に完了し、期限の{deadline}に間に合った"
    ),
    "the reversion to an analog line completed on {reversion_completed_on}, after the deadline {deadline}: "
    "it holds the withdrawal only until the deadline, and the number is lost (interpretation)": (
        "アナログ戻しの完了({reversion_completed_on})が期限の{deadline}より後のため、"
        "退会を待つのは期限日までで、番号は消滅する(解釈)"
    ),
    "withdrawal cannot complete before {held_until}: the withdrawal month becomes {month}, later than {before}": (
        "{held_until}まで退会できないため、退会月は{before}より後の{month}となる"
    ),
    "withdrawal waits until {held_until}, within {month}: the withdrawal month stays {month}": (
        "退会を待つのは{month}中の{held_until}までのため、退会月は{month}のまま"
    ),
    "In which month does service end, for a withdrawal requested at the {requested_month:end} "
    "(removal construction completed on: {removal_completed_on}; reversion to an analog line completed on: "
    "{reversion_completed_on}; applied for on: {application_date})?": (
        "{requested_month:end}で退会を希望した場合、実際の退会月はいつか"
        "(撤去工事の完了日: {removal_completed_on}、アナログ戻しの完了日: {reversion_completed_on}、"
        "申請日: {application_date})"
    ),
    # WD-8
    "the line opened at the new operator on {switch_date}, the date of the switch of operator: So-net "
    "membership ends then, and the withdrawal month is {month}, charged in full (interpretation: no proration)": (
        "移行先の事業者で{switch_date}に開通(事業者変更日)し、その時点でSo-netは退会となる。"
        "退会月は{month}で、その月の料金は満額(解釈: 日割りなし)"
    ),
    "What is the withdrawal month of a switch of operator whose line opens at the new operator on "
    "{switch_date}?": "移行先の事業者で{switch_date}に開通する事業者変更では、退会月はいつか",
    # WD-6
    "withdrawal at the {withdrawal_month:end}: My Page stays available for {months} months, through {until}": (
        "{withdrawal_month:end}の退会のため、マイページは{months}カ月間、{until}まで利用できる"
    ),
    "Until which day can My Page be used after a withdrawal at the {withdrawal_month:end}?": (
        "{withdrawal_month:end}に退会した後、マイページはいつまで利用できるか"
    ),
    # WD-7
    "So-net issues no withdrawal certificate; what proves a withdrawal instead: {documents}": (
        "So-netは退会証明書を発行しない。代わりに退会の証明になるもの: {documents}"
    ),
    "the withdrawal completion e-mail": "「退会完了メール」",
    "the cancellation-fee statement": "「違約金明細書」",
    "What proves a withdrawal?": "退会を証明するものは何か",
    # FEE-2
    "the last month, {withdrawal_month}, is charged in full (no proration): "
    "the plan's monthly charge, not known here": (
        "最終月の{withdrawal_month}の料金は満額(日割りなし)。金額はプランの月額料金で、ここでは不明"
    ),
    "{withdrawal_month}'s usage is billed in the month after it, {billing_month}": (
        "{withdrawal_month}分の利用料金は翌月の{billing_month}に請求される"
    ),
    "withdrawal completes at {instant}: the one-off charges arise then, as {completion_month}'s charges, "
    "billed in {billing_month}": (
        "{instant}の退会完了時に違約金などが発生し、{completion_month}分として{billing_month}に請求される"
    ),
    "no one-off charge is due after withdrawal": "退会後に請求される違約金などはない",
    "the withdrawal month's usage": "退会月の利用料金",
    "cancellation fee": "解約金",
    "construction fee balance": "工事費の残債",
    "minimum-usage penalty": "最低利用期間の違約金",
    "item": "項目",
    "amount": "金額",
    "charge month": "計上月",
    "billing month": "請求月",
    "What is charged after a withdrawal at the {withdrawal_month:end}, for a service that started on "
    "{service_start}?": (
        "サービス開始日が{service_start}の契約で、{withdrawal_month:end}に退会すると、その後に何が請求されるか"
    ),
}

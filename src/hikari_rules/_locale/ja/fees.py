"""解約金・最低利用期間・明細書・工事費残債・税(FEE-1, FEE-3..7, TAX-1)の説明文。"""

MESSAGES = {
    "contract month {n} is a renewal month, so there is no cancellation fee": (
        "契約{n}カ月目は更新月のため、解約金はかからない"
    ),
    "contract month {n} is not a renewal month, so the cancellation fee is due": (
        "契約{n}カ月目は更新月ではないため、解約金がかかる"
    ),
    "no application date was given, so the withdrawal guide's fee of {fee:yen} applies (no consumption tax); "
    "a contract applied for from 1 July 2022 would pay {house:yen} (detached house) or {apartment:yen} (apartment)": (
        "申込日の指定がないため、退会ガイドの解約金{fee:yen}(不課税)を適用した。"
        "2022年7月1日以降の申込であれば戸建{house:yen}、マンション{apartment:yen}となる"
    ),
    "applied for on {applied_on}, on or before 30 June 2022: the fee is {fee:yen} whatever the plan "
    "(no consumption tax)": "申込日{applied_on}は2022年6月30日以前のため、プランを問わず一律{fee:yen}(不課税)",
    "applied for on {applied_on}, on or before 30 June 2022: the fee is {fee:yen} whatever the plan, so the "
    "{dwelling} plan does not change it (no consumption tax)": (
        "申込日{applied_on}は2022年6月30日以前のため、プランを問わず一律{fee:yen}(不課税)。{dwelling}プランでも変わらない"
    ),
    "applied for on {applied_on}, from 1 July 2022: the {dwelling} plan's fee is {fee:yen} (no consumption tax)": (
        "申込日{applied_on}は2022年7月1日以降のため、{dwelling}プランの解約金は{fee:yen}(不課税)"
    ),
    "detached-house": "戸建",
    "apartment": "マンション",
    "What cancellation fee does withdrawing at the {withdrawal_month:end} cost, "
    "for a service that started on {service_start}?": (
        "サービス開始日が{service_start}の契約で、{withdrawal_month:end}に退会すると解約金はいくらか"
    ),
    "of the construction fee of {total:yen}, {paid:yen} has been paid: the balance of {balance:yen} is charged "
    "in one lump sum": "初期工事費{total:yen}のうち{paid:yen}を支払済みのため、残債{balance:yen}を一括請求する",
    "of the construction fee of {total:yen}, {paid:yen} has been paid: nothing is left to charge": (
        "初期工事費{total:yen}のうち{paid:yen}を支払済みのため、残債はない"
    ),
    "What is left to pay at withdrawal of a construction fee of {total:yen} of which {paid:yen} is paid?": (
        "初期工事費{total:yen}のうち{paid:yen}を支払済みのとき、退会時に残る残債はいくらか"
    ),
    "no minimum usage period was given, and none is assumed: no penalty": (
        "最低利用期間の指定がなく、設定なしとして扱うため、違約金はかからない"
    ),
    "withdrawal in contract month {n} is before the end of the minimum usage period of {months} months: "
    "a penalty of {penalty:yen}": (
        "契約{n}カ月目の退会は最低利用期間{months}カ月に満たないため、違約金{penalty:yen}がかかる"
    ),
    "withdrawal at the end of contract month {n} has used the minimum usage period of {months} months: no penalty": (
        "契約{n}カ月目末の退会で最低利用期間{months}カ月を満たすため、違約金はかからない"
    ),
    "What minimum-usage penalty does withdrawing at the {withdrawal_month:end} cost, "
    "for a service that started on {service_start} (minimum usage period: {minimum_usage})?": (
        "サービス開始日が{service_start}の契約(最低利用期間: {minimum_usage})で、"
        "{withdrawal_month:end}に退会すると最低利用期間の違約金はいくらか"
    ),
    "months": "月数",
    "penalty": "違約金",
    "{amount:yen} excluding tax, with {rate} consumption tax, is {result:yen} (rounded down to the yen)": (
        "税抜{amount:yen}に消費税{rate}を加えると税込{result:yen}(1円未満切り捨て)"
    ),
    "What is {amount_excluding_tax:yen} excluding tax with {rate} consumption tax?": (
        "税抜{amount_excluding_tax:yen}に消費税{rate}を加えるといくらか"
    ),
    "a fee statement {request} costs {fee:yen} excluding tax": "{request}の違約金明細書は手数料{fee:yen}(税抜)",
    "printed from My Page": "マイページから印刷",
    "requested by phone": "電話で依頼",
    "requested by e-mail": "メールで依頼",
    "What does a fee statement {request} cost, tax included?": "{request}の違約金明細書の手数料は税込でいくらか",
    "removal construction {trigger} is free ({fee:yen})": "{trigger}撤去工事は無料({fee:yen})",
    "asked for by the user": "ユーザーが希望した",
    "required by the building manager": "建物の管理者が指示した",
    "What does removal construction {trigger} cost?": "{trigger}撤去工事の費用はいくらか",
}

"""月額定額・都度課金・請求月・NTT請求の上限金額(CHG-1..4, PAY-1, CAP-1)の説明文。"""

MESSAGES = {
    # CHG-1 / CHG-2
    "bought on {purchased_on} and cancelled on {cancelled_on}: as a rule, every month from the purchase month, "
    "{purchase_month}, through the cancellation month, {cancellation_month}, is charged in full, without proration": (
        "{purchased_on}に購入し{cancelled_on}に解約。原則として、購入月の{purchase_month}から"
        "解約月の{cancellation_month}までの各月を日割りせず満額請求する"
    ),
    "but it was cancelled on the 1st of the month, {cancelled_on}: {cancellation_month} is not charged": (
        "ただし解約日の{cancelled_on}は月の1日のため、{cancellation_month}分は請求しない"
    ),
    "except that it was also bought that same day, {purchased_on}: {cancellation_month} is charged after all": (
        "ただし同じ{purchased_on}に購入しているため(1日に購入し同日に解約)、{cancellation_month}分も請求する"
    ),
    "still subscribed: every month from the purchase month, {purchase_month}, through {through} is charged in full": (
        "解約されていないため、購入月の{purchase_month}から{through}までの各月を満額請求する"
    ),
    "still subscribed, but {through} is before the purchase month, {purchase_month}: no month is charged": (
        "解約されていないが、{through}は購入月の{purchase_month}より前のため、請求する月はない"
    ),
    "only the months up to {through} are counted": "{through}までの月だけを数える",
    "{month} is before the purchase month, {purchase_month}: it is not charged": (
        "{month}は購入月の{purchase_month}より前のため、請求しない"
    ),
    "still subscribed: {month} is charged in full, like every month from the purchase month, {purchase_month}": (
        "解約されていないため、購入月の{purchase_month}以降の各月と同じく{month}分も満額請求する"
    ),
    "{month} is one of the charged months, {purchase_month} to {last_month}: it is charged in full": (
        "{month}は請求対象の月({purchase_month}〜{last_month})にあたるため、満額請求する"
    ),
    "{month} is after the last charged month, {last_month}: it is not charged": (
        "{month}は請求対象の最後の月({last_month})より後のため、請求しない"
    ),
    "Which months is a monthly flat-rate subscription charged for "
    "(purchased on: {purchased_on}, cancelled on: {cancelled_on}, counted through: {through})?": (
        "月額定額の有料サービス(購入日: {purchased_on}、解約日: {cancelled_on}、集計の最終月: {through})で、"
        "請求対象となる月はどれか"
    ),
    "How many months is a monthly flat-rate subscription charged for "
    "(purchased on: {purchased_on}, cancelled on: {cancelled_on}, counted through: {through})?": (
        "月額定額の有料サービス(購入日: {purchased_on}、解約日: {cancelled_on}、集計の最終月: {through})で、"
        "請求対象となる月数はいくつか"
    ),
    "Is {month} charged, for a monthly flat-rate subscription "
    "(purchased on: {purchased_on}, cancelled on: {cancelled_on})?": (
        "月額定額の有料サービス(購入日: {purchased_on}、解約日: {cancelled_on})で、{month}分は請求対象か"
    ),
    # CHG-3
    "each purchase is counted as its own subscription, and their charged months add up: {total} in all "
    "(purchases: {subscriptions})": (
        "購入ごとに別の契約として月数を数え、合計すると{total}カ月分(購入{subscriptions}件)"
    ),
    "each purchase is charged on its own: charges for {month}, one for each subscription charged that month: "
    "{count} (subscriptions: {subscriptions})": (
        "購入ごとに別々に請求するため、{month}分の請求はその月が請求対象の契約1件につき1回で{count}件"
        "(契約{subscriptions}件中)"
    ),
    "How many months are charged in all for these purchases of a monthly flat-rate service "
    "(counted through: {through}): {subscriptions}?": (
        "月額定額の有料サービスの次の購入(集計の最終月: {through})で、請求対象となる月数は合計いくつか: {subscriptions}"
    ),
    "How many monthly charges fall on {month} for these purchases of a monthly flat-rate service: "
    "{subscriptions}?": "月額定額の有料サービスの次の購入で、{month}分の請求は何件か: {subscriptions}",
    "purchased on": "購入日",
    "cancelled on": "解約日",
    # CHG-4
    "every purchase is charged, each time, a repeated purchase too: as many charges as purchases, {count}": (
        "購入のたびに、同じサービスの再度の購入もその都度課金するため、課金は購入と同じ{count}件"
    ),
    "every purchase is charged its price, each time, a repeated purchase too: {total:yen} in all "
    "(purchases: {purchases})": (
        "購入のたびに、同じサービスの再度の購入もその都度料金を課金するため、合計{total:yen}(購入{purchases}件)"
    ),
    "How many per-use charges do these purchases make: {purchases}?": "次の都度課金の購入で、課金は何件か: {purchases}",
    "What do these per-use purchases cost in all: {purchases}?": (
        "次の都度課金の購入で、料金は合計いくらか: {purchases}"
    ),
    "service bought": "購入したサービス",
    "price charged": "課金額",
    # PAY-1
    "the usage of {usage_month} is billed in the following month, {billing_month}": (
        "{usage_month}の利用料金は翌月の{billing_month}に請求される"
    ),
    "In which month is the usage of {usage_month} billed?": "{usage_month}の利用料金は何月に請求されるか",
    # CAP-1
    "{amount:yen} is not above the cap of {cap:yen}: all of it goes on the consolidated phone bill": (
        "{amount:yen}は上限の{cap:yen}を超えないため、全額を電話料金に合算して請求する"
    ),
    "{amount:yen} is above the cap of {cap:yen}: So-net bills all of it directly (the default reading)": (
        "{amount:yen}は上限の{cap:yen}を超えるため、全額をSo-netから直接請求する(既定の読み方)"
    ),
    "{amount:yen} is above the cap of {cap:yen}: {cap:yen} stays on the consolidated phone bill and So-net bills "
    "the excess of {excess:yen} directly (the other reading, as asked)": (
        "{amount:yen}は上限の{cap:yen}を超えるため、{cap:yen}を電話料金に合算し、超えた{excess:yen}を"
        "So-netから直接請求する(指定された別の読み方)"
    ),
    "How is a month's So-net charge of {amount:yen} split between the consolidated phone bill and "
    "So-net's direct bill, with a cap of {cap:yen} ({policy})?": (
        "ある月のSo-net利用料金{amount:yen}は、上限{cap:yen}({policy})のとき、電話料金合算と"
        "So-netからの直接請求にどう分かれるか"
    ),
    "above the cap, all of it billed directly": "上限を超えたら全額を直接請求",
    "above the cap, only the excess billed directly": "上限を超えた部分だけを直接請求",
    "on the phone bill": "電話料金に合算",
    "billed directly by So-net": "So-netからの直接請求",
}

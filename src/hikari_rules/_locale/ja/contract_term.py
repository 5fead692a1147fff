"""契約期間と更新期間(TERM-1..3)の説明文。"""

MESSAGES = {
    "{month} is contract month {n} (the service start month, {start}, is month 1)": (
        "{month}は契約{n}カ月目(サービス開始月の{start}が1カ月目)"
    ),
    "contract month {n} is in the renewal window, months {lo}–{hi}": (
        "契約{n}カ月目は契約更新期間({lo}〜{hi}カ月目)にあたる"
    ),
    "contract month {n} is before the renewal window, months {lo}–{hi}": (
        "契約{n}カ月目は、まだ契約更新期間({lo}〜{hi}カ月目)に入っていない"
    ),
    "contract month {n} is in renewal window {cycle}, months {lo}–{hi}": (
        "契約{n}カ月目は第{cycle}回の契約更新期間({lo}〜{hi}カ月目)にあたる"
    ),
    "contract month {n} falls between renewal windows: the last one ended with month {last_hi}, "
    "the next one starts with month {next_lo}": (
        "契約{n}カ月目は契約更新期間の間にあたる(直前の更新期間は{last_hi}カ月目まで、次の更新期間は{next_lo}カ月目から)"
    ),
    "renewal window {cycle} is contract months {lo}–{hi}: {first} to {last}": (
        "第{cycle}回の契約更新期間は{lo}〜{hi}カ月目({first}〜{last})"
    ),
    "the first renewal window is contract months {lo}–{hi}: {first} to {last}": (
        "最初の契約更新期間は{lo}〜{hi}カ月目({first}〜{last})"
    ),
    "Which month of the contract is {month}, for a service that started on {service_start}?": (
        "サービス開始日が{service_start}の契約で、{month}は契約何カ月目か"
    ),
    "Is {month} a renewal month, for a service that started on {service_start}?": (
        "サービス開始日が{service_start}の契約で、{month}は更新月か"
    ),
    "Which months are renewal window {cycle}, for a service that started on {service_start}?": (
        "サービス開始日が{service_start}の契約で、第{cycle}回の契約更新期間はいつか"
    ),
    "Which is the first renewal window that ends in or after {on_or_after}, for a service that started on "
    "{service_start}?": "サービス開始日が{service_start}の契約で、{on_or_after}以降に終わる最初の契約更新期間はいつか",
    "contract month {result}": "契約{result}カ月目",
    "term (months)": "契約期間(月数)",
    "renewal window (months)": "更新期間(月数)",
}

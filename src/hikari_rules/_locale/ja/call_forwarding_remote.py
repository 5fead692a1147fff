"""着信転送サービスのリモートコントロール(FWD-3)の説明文。"""

MESSAGES = {
    "in {region}, the remote-control number is {number}; the call is charged": (
        "{region}のリモートコントロール用電話番号は{number}(別途、通話料金がかかる)"
    ),
    "{digits} after the remote-control number: for the contract line {line}, with the PIN {pin}, start forwarding": (
        "リモートコントロール用電話番号の後に{digits}: 契約回線{line}の着信転送を暗証番号{pin}で開始"
    ),
    "{digits} after the remote-control number: for the contract line {line}, with the PIN {pin}, stop forwarding": (
        "リモートコントロール用電話番号の後に{digits}: 契約回線{line}の着信転送を暗証番号{pin}で停止"
    ),
    "{digits} after the remote-control number: for the contract line {line}, with the PIN {pin}, forward to the "
    "number in list slot {slot} and start forwarding": (
        "リモートコントロール用電話番号の後に{digits}: 契約回線{line}について、暗証番号{pin}で"
        "転送先リストの{slot}番を転送先に指定し、着信転送を開始"
    ),
    "remote control is on and the PIN matches the registered one": (
        "リモートコントロールを利用する設定で、暗証番号が登録されたものと一致する"
    ),
    "a remote start forwards in the mode last chosen from the contract line, “{mode}”": (
        "リモートコントロールで開始すると、契約回線から最後に選んだ「{mode}」で転送する"
    ),
    "no mode was ever chosen from the contract line, so a remote start forwards in the mode “{mode}”": (
        "契約回線からモードが選ばれたことがないため、リモートコントロールで開始すると「{mode}」で転送する"
    ),
    "Which number is dialled for remote control in {region}?": "{region}でリモートコントロールに使う電話番号は何番か",
    "What does dialling {digits} after the remote-control number do?": (
        "リモートコントロール用電話番号の後に{digits}とダイヤルすると、どの操作になるか"
    ),
    "What is dialled after the remote-control number for this remote operation ({rop})?": (
        "このリモートコントロール操作({rop})は、リモートコントロール用電話番号の後に何とダイヤルするか"
    ),
    "What do the settings become after this remote-control call ({rop})?": (
        "このリモートコントロール操作({rop})の後、設定はどうなるか"
    ),
    "choose from the destination list and start forwarding": "転送先リストから選択して着信転送を開始",
    "contract line number": "契約回線の電話番号",
    "action": "操作内容",
    # NTT's areas (the Region of withdrawal, labelled beside it; shown here with the access numbers)
}

"""着信転送サービスの設定の変化(FWD-2)の説明文。"""

MESSAGES = {
    "forwarding runs in the mode “{mode}”, to {destination} (list slot {slot})": (
        "「{mode}」の設定で、{destination}(転送先リストの{slot}番)へ転送する"
    ),
    "forwarding stops; the destinations and the remote-control setting are kept": (
        "着信転送を停止する。転送先とリモートコントロールの設定はそのまま残る"
    ),
    "forwarding was already stopped: nothing changes": "すでに停止中のため、設定は変わらない",
    "{number} is stored in list slot 0 and becomes the destination": (
        "{number}を転送先リストの0番に登録し、転送先とする"
    ),
    "{number} is stored in list slot {slot}; the destination does not change": (
        "{number}を転送先リストの{slot}番に登録する(転送先は変わらない)"
    ),
    "list slot {slot} holds {number}: it becomes the destination": "転送先リストの{slot}番の{number}を転送先とする",
    "remote control is on, with the PIN {pin}": "暗証番号{pin}でリモートコントロールを利用する設定になる",
    "remote control is off": "リモートコントロールを利用しない設定になる",
    "reading back changes nothing": "確認のみで、設定は変わらない",
    "What do the settings become when this operation ({op}) is dialled after 142?": (
        "142の後にこの操作({op})を行うと、設定はどうなるか"
    ),
    "What do the settings become when 142 then {digits} is dialled on the contract line?": (
        "契約回線から142の後に{digits}とダイヤルすると、設定はどうなるか"
    ),
    "running mode": "動作中のモード",
    "destination list (slots 0–4)": "転送先リスト(0〜4番)",
    "list slot forwarded to": "転送先に指定したリスト番号",
    "remote-control PIN": "リモートコントロールの暗証番号",
    "mode last chosen from the contract line": "契約回線から最後に選んだモード",
}

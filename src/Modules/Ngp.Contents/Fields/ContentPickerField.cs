namespace Ngp.Contents.Fields;

public sealed class ContentPickerField() : PickerFieldBase("ContentPicker", "Lien vers un autre contenu");

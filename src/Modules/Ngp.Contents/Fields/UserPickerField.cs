namespace Ngp.Contents.Fields;

public sealed class UserPickerField() : PickerFieldBase("UserPicker", "Personne (compte)")
{
    public bool PrivateByDefault => true;
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {OperatorRegistry} from "./OperatorRegistry.sol";

/// @title ValidatorRegistry: stage 1, validators run by a committee of KeyStake operators.
/// @notice A validator owner registers its validator's public key with a
/// committee of n = 3f+1 operators (4, 7, 10 or 13), the n BLS public shares
/// and the n secret shares each sealed (HPKE) to its operator's encryption
/// key; any t = 2f+1 operators can sign. The owner keeps a balance of the fee
/// token; every block each operator earns its fee from it. When the balance
/// falls below `liquidationThresholdBlocks` blocks of fees anyone may
/// liquidate the validator and receives what is left as a reward.
/// @dev The registry's tokens are held by the OperatorRegistry, which pays the
/// operators; this contract needs its VALIDATOR_REGISTRY_ROLE. A validator's
/// balance is settled lazily: `balance` minus how far its operators' indexes
/// moved since `indexSum` was recorded.
contract ValidatorRegistry is ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint256 public constant PUBKEY_LENGTH = 48;

    struct Validator {
        address owner;
        bool active;
        uint64[] operatorIds;
        uint256 balance;
        uint256 indexSum;
    }

    /// @notice The operator registry (and fee vault).
    OperatorRegistry public immutable operators;
    /// @notice The fee token.
    IERC20 public immutable feeToken;
    /// @notice A validator whose balance covers fewer blocks than this may be liquidated.
    uint64 public immutable liquidationThresholdBlocks;

    mapping(bytes32 => Validator) private _validators;
    mapping(address => address) private _feeRecipients;

    /// @notice Everything an operator's node needs to start serving the validator:
    /// its share is `sealedShares[i]` for the operator `operatorIds[i]`, whose
    /// public share is bytes [48i, 48i+48) of `publicShares`.
    event ValidatorRegistered(
        address indexed owner,
        bytes pubkey,
        uint64[] operatorIds,
        uint256 threshold,
        bytes publicShares,
        bytes[] sealedShares
    );
    event ValidatorRemoved(address indexed owner, bytes pubkey, uint64[] operatorIds);
    event ValidatorLiquidated(
        address indexed owner, bytes pubkey, uint64[] operatorIds, address indexed liquidator, uint256 reward
    );
    event ExitRequested(address indexed owner, bytes pubkey, uint64[] operatorIds);
    /// @notice Block proposals of `owner`'s validators pay `recipient` from now on.
    event FeeRecipientSet(address indexed owner, address recipient);
    event FeesDeposited(bytes pubkey, address indexed from, uint256 amount);
    event FeesWithdrawn(bytes pubkey, address indexed to, uint256 amount);

    error InvalidPubkey();
    error InvalidCommitteeSize(uint256 n);
    error OperatorIdsNotSorted();
    error InvalidShares();
    error ValidatorExists(bytes pubkey);
    error ValidatorNotActive(bytes pubkey);
    error NotValidatorOwner(address caller);
    error InsufficientBalance(uint256 balance, uint256 required);
    error NotLiquidatable(uint256 balance, uint256 threshold);

    /// @param registry The operator registry; this contract must hold its VALIDATOR_REGISTRY_ROLE.
    /// @param thresholdBlocks Liquidation threshold in blocks of fees.
    constructor(OperatorRegistry registry, uint64 thresholdBlocks) {
        operators = registry;
        feeToken = registry.feeToken();
        liquidationThresholdBlocks = thresholdBlocks;
    }

    /// @notice Registers validator `pubkey` for msg.sender with the committee
    /// `operatorIds` (strictly increasing) and deposits `amount` of the fee token
    /// (msg.sender must have approved this contract).
    /// @dev Reverts unless n is 4, 7, 10 or 13, every operator is active and
    /// below its cap, `publicShares` is 48n bytes, `sealedShares` has n
    /// non-empty entries and `amount` covers liquidationThresholdBlocks blocks.
    function registerValidator(
        bytes calldata pubkey,
        uint64[] calldata operatorIds,
        bytes calldata publicShares,
        bytes[] calldata sealedShares,
        uint256 amount
    ) external nonReentrant {
        _checkRegistration(pubkey, operatorIds, publicShares, sealedShares);
        _open(pubkey, operatorIds, amount);
        emit ValidatorRegistered(
            msg.sender, pubkey, operatorIds, 2 * ((operatorIds.length - 1) / 3) + 1, publicShares, sealedShares
        );
        emit FeesDeposited(pubkey, msg.sender, amount);
    }

    /// @notice Adds `amount` of the fee token to an active validator's balance (anyone may pay).
    function deposit(bytes calldata pubkey, uint256 amount) external nonReentrant {
        Validator storage v = _active(pubkey);
        v.balance += amount;
        feeToken.safeTransferFrom(msg.sender, address(operators), amount);
        emit FeesDeposited(pubkey, msg.sender, amount);
    }

    /// @notice The owner withdraws `amount` of its validator's balance to `to`;
    /// what stays must still cover liquidationThresholdBlocks blocks of fees.
    function withdraw(bytes calldata pubkey, uint256 amount, address to) external nonReentrant {
        Validator storage v = _owned(pubkey);
        (uint256 sum, uint256 burnRate) = operators.indexSum(v.operatorIds);
        uint256 current = _settled(v, sum);
        uint256 required = burnRate * liquidationThresholdBlocks + amount;
        if (current < required) revert InsufficientBalance(current, required);
        v.balance = current - amount;
        v.indexSum = sum;
        operators.payOut(to, amount);
        emit FeesWithdrawn(pubkey, to, amount);
    }

    /// @notice The owner removes its validator: operators stop serving it and
    /// the remaining balance is paid back to the owner.
    function removeValidator(bytes calldata pubkey) external nonReentrant {
        Validator storage v = _owned(pubkey);
        uint256 sum = operators.removeValidator(v.operatorIds);
        uint256 remaining = _settled(v, sum);
        v.active = false;
        v.balance = 0;
        if (remaining > 0) operators.payOut(msg.sender, remaining);
        emit ValidatorRemoved(msg.sender, pubkey, v.operatorIds);
    }

    /// @notice Anyone liquidates a validator whose balance covers fewer than
    /// liquidationThresholdBlocks blocks; the caller receives the remaining balance.
    function liquidate(bytes calldata pubkey) external nonReentrant {
        Validator storage v = _active(pubkey);
        (uint256 sumNow, uint256 burnRate) = operators.indexSum(v.operatorIds);
        uint256 threshold = burnRate * liquidationThresholdBlocks;
        uint256 current = _settled(v, sumNow);
        if (current >= threshold) revert NotLiquidatable(current, threshold);
        uint256 sum = operators.removeValidator(v.operatorIds);
        uint256 reward = _settled(v, sum);
        v.active = false;
        v.balance = 0;
        if (reward > 0) operators.payOut(msg.sender, reward);
        emit ValidatorLiquidated(v.owner, pubkey, v.operatorIds, msg.sender, reward);
    }

    /// @notice The owner asks its committee to exit the validator (voluntary exit);
    /// the validator stays registered and paying until removed.
    function requestExit(bytes calldata pubkey) external {
        Validator storage v = _owned(pubkey);
        emit ExitRequested(msg.sender, pubkey, v.operatorIds);
    }

    /// @notice Sets the execution-layer fee recipient of all msg.sender's
    /// validators (zero: back to the owner itself).
    function setFeeRecipient(address recipient) external {
        _feeRecipients[msg.sender] = recipient;
        emit FeeRecipientSet(msg.sender, recipient == address(0) ? msg.sender : recipient);
    }

    /// @notice The fee recipient of `owner`'s validators: the one it set, or itself.
    function feeRecipientOf(address owner) external view returns (address) {
        address r = _feeRecipients[owner];
        return r == address(0) ? owner : r;
    }

    /// @notice A validator's fee balance at this block (0 if it owes more than it holds).
    function balanceOf(bytes calldata pubkey) external view returns (uint256) {
        Validator storage v = _validators[keccak256(pubkey)];
        if (!v.active) return 0;
        (uint256 sum,) = operators.indexSum(v.operatorIds);
        return _settled(v, sum);
    }

    /// @notice True when liquidate(pubkey) would succeed now.
    function isLiquidatable(bytes calldata pubkey) external view returns (bool) {
        Validator storage v = _validators[keccak256(pubkey)];
        if (!v.active) return false;
        (uint256 sum, uint256 burnRate) = operators.indexSum(v.operatorIds);
        return _settled(v, sum) < burnRate * liquidationThresholdBlocks;
    }

    /// @notice A validator's owner, status and committee.
    function getValidator(bytes calldata pubkey)
        external
        view
        returns (address owner, bool active, uint64[] memory operatorIds)
    {
        Validator storage v = _validators[keccak256(pubkey)];
        return (v.owner, v.active, v.operatorIds);
    }

    /// @dev Checks a registration's shape.
    function _checkRegistration(
        bytes calldata pubkey,
        uint64[] calldata operatorIds,
        bytes calldata publicShares,
        bytes[] calldata sealedShares
    ) private pure {
        if (pubkey.length != PUBKEY_LENGTH) revert InvalidPubkey();
        uint256 n = operatorIds.length;
        if (n < 4 || n > 13 || (n - 1) % 3 != 0) revert InvalidCommitteeSize(n);
        for (uint256 i = 1; i < n; i++) {
            if (operatorIds[i] <= operatorIds[i - 1]) revert OperatorIdsNotSorted();
        }
        if (publicShares.length != n * PUBKEY_LENGTH || sealedShares.length != n) revert InvalidShares();
        for (uint256 i = 0; i < n; i++) {
            if (sealedShares[i].length == 0) revert InvalidShares();
        }
    }

    /// @dev Records a new validator for msg.sender and takes its deposit.
    function _open(bytes calldata pubkey, uint64[] calldata operatorIds, uint256 amount) private {
        Validator storage v = _validators[keccak256(pubkey)];
        if (v.owner != address(0)) revert ValidatorExists(pubkey);
        (uint256 sum, uint256 burnRate) = operators.addValidator(operatorIds);
        uint256 required = burnRate * liquidationThresholdBlocks;
        if (amount < required) revert InsufficientBalance(amount, required);
        v.owner = msg.sender;
        v.active = true;
        v.operatorIds = operatorIds;
        v.balance = amount;
        v.indexSum = sum;
        feeToken.safeTransferFrom(msg.sender, address(operators), amount);
    }

    function _active(bytes calldata pubkey) private view returns (Validator storage v) {
        v = _validators[keccak256(pubkey)];
        if (!v.active) revert ValidatorNotActive(pubkey);
    }

    function _owned(bytes calldata pubkey) private view returns (Validator storage v) {
        v = _active(pubkey);
        if (v.owner != msg.sender) revert NotValidatorOwner(msg.sender);
    }

    function _settled(Validator storage v, uint256 sum) private view returns (uint256) {
        uint256 owed = sum - v.indexSum;
        return owed >= v.balance ? 0 : v.balance - owed;
    }
}
